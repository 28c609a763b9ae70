package fr.clsbot.knowledge;

/**
 * The size limits shared by everything that reads or writes a knowledge base, so that what {@code ingest} accepts
 * the loader accepts too. Every refusal names the file and the limit.
 */
public final class Limits {
    /** A contract YAML file or the glossary. */
    public static final long MAX_YAML_BYTES = 2L * 1024 * 1024;
    /** A source text kept in {@code sources/}. */
    public static final long MAX_SOURCE_BYTES = 8L * 1024 * 1024;
    /** A document given to {@code ingest} (PDF, DOCX… before its text is extracted). */
    public static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;
    /** Characters of text extracted from one document: beyond this it could not be saved as a source. */
    public static final int MAX_SOURCE_CHARACTERS = (int) (MAX_SOURCE_BYTES / 2);
    /** Nesting levels of a YAML file (a contract needs 4): deeper is refused before it can exhaust the stack. */
    public static final int MAX_YAML_DEPTH = 20;
    /**
     * Values of a YAML file once its aliases are expanded: a national base's largest contract holds a few thousand,
     * an alias bomb billions. Beyond this the file is refused.
     */
    public static final int MAX_YAML_NODES = 100_000;
    /** Aliases to lists or mappings in one YAML file (contracts written by hand or by {@code ingest} use none). */
    public static final int MAX_YAML_ALIASES = 50;

    private Limits() {
    }

    /** "8 Mo", for messages. */
    public static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " Mo";
    }
}

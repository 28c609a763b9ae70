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
    /**
     * An HTML page given to {@code ingest}: it is parsed into a tree in memory, several times its size, so it gets
     * a lower limit than a PDF or a DOCX, which are read as streams.
     */
    public static final long MAX_HTML_BYTES = 10L * 1024 * 1024;
    /** Characters of text extracted from one document: beyond this it could not be saved as a source. */
    public static final int MAX_SOURCE_CHARACTERS = (int) (MAX_SOURCE_BYTES / 2);
    /** Files inside a DOCX archive: a real document holds a few dozen, images included. */
    public static final int MAX_ZIP_ENTRIES = 1000;
    /** Bytes read out of a DOCX archive, all parts together, once decompressed. */
    public static final long MAX_ZIP_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;
    /**
     * How many times larger than its compressed size a part of a DOCX may grow: XML compresses about tenfold,
     * a zip bomb thousands of times.
     */
    public static final int MAX_ZIP_COMPRESSION_RATIO = 100;
    /** Below this many decompressed bytes a part is never refused for its ratio (tiny parts compress well). */
    public static final long ZIP_RATIO_GRACE_BYTES = 1024L * 1024;
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

package fr.clsbot.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import fr.clsbot.knowledge.Contract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a draft contract and its source text into a knowledge base. Writing again the same draft changes nothing;
 * a draft file nobody edited is replaced by a newer draft; a file a person has edited is never overwritten unless
 * forced: the new draft is written beside it ({@code x.yaml.draft}), where the loader does not read it.
 */
public final class DraftWriter {
    /** The header line recording the digest of the draft as written, to tell whether a person edited it since. */
    static final String MARK = "# clsbot-draft: ";

    /** What happened to a draft. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, KEPT_EDITED_FILE, OVERWRITTEN }

    /** @param file the file written (the draft beside an edited file, for KEPT_EDITED_FILE) */
    public record Result(Outcome outcome, Path file) {
    }

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build())
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.NON_EMPTY))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /**
     * @param documentName the ingested file's name, recorded in the header
     * @param text         the document's text, saved as the contract's source
     */
    public Result write(Path knowledgeBase, Contract draft, String documentName, String text, boolean force)
            throws IOException {
        Path yamlFile = knowledgeBase.resolve(draft.id() + ".yaml");
        Path sourceFile = knowledgeBase.resolve(draft.sources().get(0).file());
        String body = body(draft);
        String content = "# Draft written by `clsbot ingest` from " + documentName.replaceAll("[\\r\\n]", " ")
                + ".\n# Check each fact against its quote, then set `status: reviewed`. Edited files are never"
                + " overwritten.\n" + MARK + digest(body) + "\n" + body;
        Files.createDirectories(sourceFile.getParent());
        if (!Files.exists(yamlFile)) {
            writeBoth(yamlFile, content, sourceFile, text);
            return new Result(Outcome.CREATED, yamlFile);
        }
        String existing = Files.readString(yamlFile, StandardCharsets.UTF_8);
        if (existing.equals(content) && Files.exists(sourceFile)
                && Files.readString(sourceFile, StandardCharsets.UTF_8).equals(text)) {
            return new Result(Outcome.UNCHANGED, yamlFile);
        }
        if (unedited(existing)) {
            writeBoth(yamlFile, content, sourceFile, text);
            return new Result(Outcome.UPDATED, yamlFile);
        }
        if (force) {
            writeBoth(yamlFile, content, sourceFile, text);
            return new Result(Outcome.OVERWRITTEN, yamlFile);
        }
        Path beside = knowledgeBase.resolve(draft.id() + ".yaml.draft");
        Path besideSource = sourceFile.resolveSibling(draft.id() + ".draft.txt");
        String besideContent = content.replace("file: " + draft.sources().get(0).file(),
                "file: " + knowledgeBase.relativize(besideSource).toString().replace('\\', '/'));
        writeBoth(beside, besideContent, besideSource, text);
        return new Result(Outcome.KEPT_EDITED_FILE, beside);
    }

    private String body(Contract draft) throws JsonProcessingException {
        return yaml.writeValueAsString(draft);
    }

    /** True when the file is still exactly the draft clsbot wrote (its recorded digest matches its body). */
    static boolean unedited(String content) {
        int mark = content.indexOf(MARK);
        if (mark < 0) {
            return false;
        }
        int end = content.indexOf('\n', mark);
        if (end < 0) {
            return false;
        }
        String recorded = content.substring(mark + MARK.length(), end).strip();
        return recorded.equals(digest(content.substring(end + 1)));
    }

    private static void writeBoth(Path yamlFile, String content, Path sourceFile, String text) throws IOException {
        Files.writeString(sourceFile, text, StandardCharsets.UTF_8);
        Path temporary = yamlFile.resolveSibling(yamlFile.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, yamlFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

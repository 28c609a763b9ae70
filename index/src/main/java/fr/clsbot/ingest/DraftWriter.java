package fr.clsbot.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one document's draft into a knowledge base, merged into the contract its territory already has.
 *
 * <p>Each document keeps its own source file, named after it with its extension ({@code sources/cp.html.txt});
 * ingesting the same document again changes nothing. A draft file nobody edited is updated; a file a person has
 * edited is never overwritten unless forced: the merged draft is written beside it ({@code x.yaml.draft}), where
 * the loader does not read it.
 *
 * <p>The base stays valid at every instant: a source file is only ever created (never rewritten while a contract
 * quotes it), then the YAML file is replaced by an atomic rename, which is the one step that makes the document
 * part of the contract; a source no contract refers to any more is deleted last.
 */
public final class DraftWriter {
    /** The header line recording the digest of the draft as written, to tell whether a person edited it since. */
    static final String MARK = "# clsbot-draft: ";

    /** What happened to a draft. */
    public enum Outcome { CREATED, UPDATED, MERGED, UNCHANGED, KEPT_EDITED_FILE, OVERWRITTEN }

    /** @param file the file written (the draft beside an edited file, for KEPT_EDITED_FILE) */
    public record Result(Outcome outcome, Path file) {
    }

    /** The steps of a write, in order; a test stops a write between two of them as a crash would. */
    public enum Step { SOURCE_WRITTEN, SOURCE_IN_PLACE, YAML_WRITTEN, YAML_IN_PLACE, OLD_SOURCE_REMOVED }

    /** Told of each step once it is done. */
    @FunctionalInterface
    public interface StepListener {
        void done(Step step);
    }

    /**
     * Everything a write will do, decided before anything is written (what {@code --dry-run} shows).
     *
     * @param contract   the contract as it will be written, this document merged in
     * @param draft      this document's facts alone, each naming its source
     * @param writeSource whether the source text must be written (false when an identical file is already there)
     * @param oldSource  the file this document's source had before, to delete once nothing refers to it
     */
    public record Plan(Result result, Contract contract, Contract draft, Path yamlFile, String content,
                       Path sourceFile, String text, boolean writeSource, Path oldSource) {
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
    private final StepListener listener;

    public DraftWriter() {
        this(step -> { });
    }

    public DraftWriter(StepListener listener) {
        this.listener = listener;
    }

    /**
     * @param draft        the document's draft, its only source naming the document (its file is decided here)
     * @param documentName the ingested file's name, naming its source
     * @param text         the document's text, saved as the source
     */
    public Plan plan(Path knowledgeBase, Contract draft, String documentName, String text, boolean force)
            throws IOException {
        ExistingContracts existing = new ExistingContracts(knowledgeBase);
        Optional<ExistingContracts.Entry> target = existing.forTerritory(draft.id(),
                draft.territory() == null ? null : draft.territory().name());
        String id = target.map(e -> e.contract().id()).orElse(draft.id());
        Path yamlFile = target.map(ExistingContracts.Entry::file).orElse(knowledgeBase.resolve(id + ".yaml"));
        Contract current = target.map(ExistingContracts.Entry::contract).orElse(null);

        Source template = draft.sources().get(0);
        String sourceId = Slug.of(documentName);
        Source previous = current == null ? null : current.source(sourceId);
        boolean previousInside = previous != null && insideSources(knowledgeBase, previous.file());
        String sourceFile = previousInside && sameContent(knowledgeBase.resolve(previous.file()), text)
                ? previous.file() : sourceFileFor(knowledgeBase, documentName, text);
        Source source = new Source(sourceId, template.title(), template.kind(), sourceFile);
        Set<String> taken = existing.namesTakenBesides(target.map(ExistingContracts.Entry::file).orElse(null));
        Contract attributed = ContractMerge.withoutNamesTaken(ContractMerge.attributed(draft, source), taken);
        Path sourcePath = knowledgeBase.resolve(sourceFile);
        boolean writeSource = !sameContent(sourcePath, text);
        Path oldSource = previousInside && !previous.file().equals(sourceFile)
                ? knowledgeBase.resolve(previous.file()).normalize() : null;

        if (current == null) {
            return plan(Outcome.CREATED, yamlFile, attributed, attributed, sourcePath, text,
                    writeSource, null);
        }
        Contract merged = ContractMerge.withoutNamesTaken(ContractMerge.merge(current, attributed), taken);
        String existingContent = target.get().content();
        if (existingContent.equals(render(merged)) && !writeSource) {
            return new Plan(new Result(Outcome.UNCHANGED, yamlFile), merged, attributed, yamlFile, existingContent,
                    sourcePath, text, false, null);
        }
        if (unedited(existingContent)) {
            return plan(previous != null ? Outcome.UPDATED : Outcome.MERGED, yamlFile, merged, attributed,
                    sourcePath, text, writeSource, oldSource);
        }
        if (force) {
            return plan(Outcome.OVERWRITTEN, yamlFile, merged, attributed, sourcePath, text,
                    writeSource, oldSource);
        }
        Path beside = yamlFile.resolveSibling(id + ".yaml.draft");
        return plan(Outcome.KEPT_EDITED_FILE, beside, merged, attributed, sourcePath, text,
                writeSource, null);
    }

    private Plan plan(Outcome outcome, Path yamlFile, Contract contract, Contract draft, Path sourcePath,
                      String text, boolean writeSource, Path oldSource)
            throws JsonProcessingException {
        return new Plan(new Result(outcome, yamlFile), contract, draft, yamlFile, render(contract),
                sourcePath, text, writeSource, oldSource);
    }

    /** Carries out a plan: source created first, YAML swapped in by one rename, a source left unused removed. */
    public Result write(Plan plan, Path knowledgeBase) throws IOException {
        if (plan.result().outcome() == Outcome.UNCHANGED) {
            return plan.result();
        }
        if (plan.writeSource()) {
            Files.createDirectories(plan.sourceFile().getParent());
            Path temporary = plan.sourceFile().resolveSibling("." + plan.sourceFile().getFileName() + ".tmp");
            Files.writeString(temporary, plan.text(), StandardCharsets.UTF_8);
            listener.done(Step.SOURCE_WRITTEN);
            Files.move(temporary, plan.sourceFile(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            listener.done(Step.SOURCE_IN_PLACE);
        }
        Path temporary = plan.yamlFile().resolveSibling(plan.yamlFile().getFileName() + ".tmp");
        Files.writeString(temporary, plan.content(), StandardCharsets.UTF_8);
        listener.done(Step.YAML_WRITTEN);
        Files.move(temporary, plan.yamlFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        listener.done(Step.YAML_IN_PLACE);
        if (plan.oldSource() != null) {
            String relative = knowledgeBase.relativize(plan.oldSource()).toString().replace('\\', '/');
            if (!new ExistingContracts(knowledgeBase).referenced(relative, null)) {
                Files.deleteIfExists(plan.oldSource());
                listener.done(Step.OLD_SOURCE_REMOVED);
            }
        }
        return plan.result();
    }

    /**
     * {@code sources/<name>.txt} for a text file, {@code sources/<name>.<ext>.txt} for the others, so that
     * {@code cp.txt}, {@code cp.html} and {@code cp.pdf} never share a file; a name already holding another text
     * gets the text's digest, so that no file a contract quotes is ever rewritten.
     */
    static String sourceFileFor(Path knowledgeBase, String documentName, String text) {
        int dot = documentName.lastIndexOf('.');
        String stem = Slug.of(dot > 0 ? documentName.substring(0, dot) : documentName);
        String extension = dot > 0 ? documentName.substring(dot + 1).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "") : "";
        String base = extension.isEmpty() || extension.equals("txt") ? stem : stem + "." + extension;
        String preferred = "sources/" + base + ".txt";
        if (sameContentOrAbsent(knowledgeBase.resolve(preferred), text)) {
            return preferred;
        }
        return "sources/" + base + "." + digest(text).substring(0, 10) + ".txt";
    }

    /** Only a file under {@code sources/} is ever reused or deleted, whatever a hand-edited YAML file names. */
    private static boolean insideSources(Path knowledgeBase, String file) {
        if (file == null || file.isBlank()) {
            return false;
        }
        Path sources = knowledgeBase.resolve("sources").toAbsolutePath().normalize();
        Path resolved = knowledgeBase.resolve(file).toAbsolutePath().normalize();
        return resolved.startsWith(sources) && !resolved.equals(sources) && !Files.isSymbolicLink(resolved);
    }

    private static boolean sameContentOrAbsent(Path file, String text) {
        return !Files.exists(file) || sameContent(file, text);
    }

    private static boolean sameContent(Path file, String text) {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text);
        } catch (IOException e) {
            return false;
        }
    }

    private String render(Contract contract) throws JsonProcessingException {
        String body = yaml.writeValueAsString(contract);
        return "# Draft written by `clsbot ingest` from the documents under `sources`.\n"
                + "# Check each fact against its quote, then set `status: reviewed`. Edited files are never"
                + " overwritten.\n" + MARK + digest(body) + "\n" + body;
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

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

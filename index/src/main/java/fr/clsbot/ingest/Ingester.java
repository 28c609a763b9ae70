package fr.clsbot.ingest;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Glossary;
import fr.clsbot.knowledge.Territory;
import fr.clsbot.text.Folding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingests documents into a knowledge base: reads each one, extracts a draft contract and merges it with its text
 * into the contract of its territory. A document that cannot be read is reported and the others are still ingested.
 */
public final class Ingester {
    /**
     * @param force     overwrite contract files a person has edited
     * @param dryRun    decide everything, write nothing
     * @param territory the territory to use instead of the one read from the text, or null
     */
    public record Options(boolean force, boolean dryRun, String territory) {
        public static final Options DEFAULT = new Options(false, false, null);
    }

    /**
     * What became of one document.
     *
     * @param draft    the facts read from this document, each naming it as its source
     * @param contract the contract as written (or as it would be, in a dry run), this document merged in
     * @param territoryFound false when the text named no territory and the file name stood in for it
     */
    public record Report(Path document, DraftWriter.Result result, Contract draft, Contract contract,
                         boolean territoryFound, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final DocumentReader reader = new DocumentReader();
    private final ContractExtractor extractor;
    private final DraftWriter writer;

    public Ingester(Glossary glossary) {
        this(glossary, new DraftWriter());
    }

    public Ingester(Glossary glossary, DraftWriter writer) {
        this.extractor = new ContractExtractor(glossary);
        this.writer = writer;
    }

    public List<Report> ingest(List<Path> documents, Path knowledgeBase, boolean force) {
        List<Report> reports = new ArrayList<>();
        for (Path document : documents) {
            reports.add(ingest(document, knowledgeBase, new Options(force, false, null)));
        }
        return reports;
    }

    public Report ingest(Path document, Path knowledgeBase, Options options) {
        try {
            String text = reader.read(document);
            String name = document.getFileName().toString();
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            Contract draft = extractor.extract(text, "sources/" + Slug.of(stem) + ".txt", null, stem);
            boolean found = draft.territory() != null && !Folding.key(stem).equals(Folding.key(draft.territoryName()));
            if (options.territory() != null && !options.territory().isBlank()) {
                draft = withTerritory(draft, options.territory().strip());
                found = true;
            }
            DraftWriter.Plan plan = writer.plan(knowledgeBase, draft, name, text, options.force());
            DraftWriter.Result result = options.dryRun() ? plan.result() : writer.write(plan, knowledgeBase);
            return new Report(document, result, plan.draft(), plan.contract(), found, null);
        } catch (UnreadableDocumentException e) {
            return failure(document, e.getMessage());
        } catch (IOException e) {
            return failure(document, document + " : écriture impossible dans la base (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            return failure(document, document + " : erreur inattendue (" + e + ")");
        }
    }

    private static Report failure(Path document, String message) {
        return new Report(document, null, null, null, false, message);
    }

    /** The draft about {@code name}, applied after extraction: its id, title and territory follow the name. */
    static Contract withTerritory(Contract draft, String name) {
        Territory extracted = draft.territory();
        Territory territory = extracted != null && Folding.key(extracted.name()).equals(Folding.key(name))
                ? extracted : new Territory(name, null, null, null, null, List.of(name));
        return new Contract(Slug.of(name), "Contrat Local de Santé de " + name, draft.sources(), territory,
                draft.period(), draft.signing(), draft.axes(), draft.actions(), draft.figures(), draft.milestones(),
                draft.signatories(), draft.partners(), draft.governance(), draft.consultation(), draft.contacts(),
                draft.status(), draft.review().stream().filter(r -> !"territory".equals(r.field())).toList(), null);
    }
}

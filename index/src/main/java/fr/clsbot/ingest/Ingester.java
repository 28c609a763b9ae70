package fr.clsbot.ingest;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Glossary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingests documents into a knowledge base: reads each one, extracts a draft contract and writes it with its text.
 * A document that cannot be read is reported and the others are still ingested.
 */
public final class Ingester {
    /** What became of one document. */
    public record Report(Path document, DraftWriter.Result result, Contract draft, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final DocumentReader reader = new DocumentReader();
    private final ContractExtractor extractor;
    private final DraftWriter writer = new DraftWriter();

    public Ingester(Glossary glossary) {
        this.extractor = new ContractExtractor(glossary);
    }

    public List<Report> ingest(List<Path> documents, Path knowledgeBase, boolean force) {
        List<Report> reports = new ArrayList<>();
        for (Path document : documents) {
            try {
                String text = reader.read(document);
                String name = document.getFileName().toString();
                String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                Contract draft = extractor.extract(text, "sources/" + Slug.of(stem) + ".txt", null, stem);
                DraftWriter.Result result = writer.write(knowledgeBase, draft, name, text, force);
                reports.add(new Report(document, result, draft, null));
            } catch (UnreadableDocumentException e) {
                reports.add(new Report(document, null, null, e.getMessage()));
            } catch (IOException | RuntimeException e) {
                reports.add(new Report(document, null, null, document + ": " + e.getMessage()));
            }
        }
        return reports;
    }
}

package fr.clsbot.ingest;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.ContractCheck;
import fr.clsbot.knowledge.Glossary;
import fr.clsbot.knowledge.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The invented pages of {@code extraction/}, written in the styles of real CLS pages, and their drafts. */
final class ExtractionFixtures {
    private static final ContractExtractor EXTRACTOR = new ContractExtractor(new Glossary(List.of()));

    private ExtractionFixtures() {
    }

    static String text(String name) {
        try (InputStream in = ExtractionFixtures.class.getResourceAsStream("/extraction/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource extraction/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The draft of a fixture page, checked to validate against its own text. */
    static Contract draft(String name) {
        return extract(text(name));
    }

    static Contract extract(String text) {
        Contract draft = EXTRACTOR.extract(text, "sources/document.txt", null, "document");
        List<?> problems = ContractCheck.problems(draft, new SourceText(text));
        if (!problems.isEmpty()) {
            throw new AssertionError("the draft does not validate: " + problems);
        }
        return draft;
    }
}

package fr.clsbot.ingest;

import fr.clsbot.knowledge.SourceText;
import java.util.ArrayList;
import java.util.List;

/** A document's text cut the ways extraction needs it: raw lines, paragraphs (cleaned) and sentences. */
final class Document {
    private final List<String> lines;
    private final List<String> paragraphs;
    private final List<String> sentences = new ArrayList<>();

    Document(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        this.lines = List.of(unified.split("\n"));
        this.paragraphs = new SourceText(unified).paragraphs();
        for (String paragraph : paragraphs) {
            sentences.addAll(Sentences.of(paragraph));
        }
    }

    List<String> lines() {
        return lines;
    }

    List<String> paragraphs() {
        return paragraphs;
    }

    List<String> sentences() {
        return sentences;
    }

    /** A line as a reader sees it: no Markdown emphasis, no bullet, white space folded. */
    static String cleanLine(String line) {
        return SourceText.clean(line).replaceFirst("^(?:[-•*–·▪►]|\\d{1,2}[.)])\\s*", "").strip();
    }
}

package fr.clsbot.ingest;

import fr.clsbot.knowledge.SourceText;
import java.util.ArrayList;
import java.util.List;

/** A document's text cut the ways extraction needs it: raw lines, paragraphs (cleaned) and sentences. */
final class Document {
    private final List<String> lines;
    private final SourceText source;
    private final List<String> paragraphs;
    private final List<String> sentences = new ArrayList<>();

    Document(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        this.lines = List.of(unified.split("\n"));
        this.source = new SourceText(unified);
        this.paragraphs = source.paragraphs();
        for (String paragraph : paragraphs) {
            sentences.addAll(fr.clsbot.text.SentenceSplitter.of(paragraph));
        }
    }

    /** The text as the knowledge base will hold it, against which quotes are checked. */
    SourceText source() {
        return source;
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

package fr.clsbot.ingest;

import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.knowledge.SourceStructure;
import fr.clsbot.knowledge.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's text cut the ways extraction needs it: raw lines, paragraphs (cleaned), and its structure
 * as units (headings, sentences, list items with their introduction) with the entities of each.
 */
final class Document {
    private final List<String> lines;
    private final SourceText source;
    private final List<String> paragraphs;
    private final List<Unit> units = new ArrayList<>();

    Document(String text, EntityRecognizer recognizer) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        this.lines = List.of(unified.split("\n"));
        this.source = new SourceText(unified);
        this.paragraphs = source.paragraphs();
        for (SourceLine line : SourceStructure.read(unified)) {
            units.add(new Unit(units.size(), line, recognizer.find(line.text())));
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

    /** The document's units in order: a sentence never runs into the next line, as a paragraph's would. */
    List<Unit> units() {
        return units;
    }

    /** The items of list {@code list}, in order. */
    List<Unit> items(int list) {
        return units.stream().filter(u -> u.line().list() == list && u.role() == SourceLine.Role.LIST_ITEM).toList();
    }

    /** A line as a reader sees it: no Markdown emphasis, no bullet, white space folded. */
    static String cleanLine(String line) {
        return SourceText.clean(line).replaceFirst("^(?:[-•*–·▪►]|\\d{1,2}[.)])\\s*", "").strip();
    }
}

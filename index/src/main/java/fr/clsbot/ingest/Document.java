package fr.clsbot.ingest;

import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.knowledge.SourceStructure;
import fr.clsbot.knowledge.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A document's text cut the ways extraction needs it: raw lines, paragraphs (cleaned), and its structure
 * as units (headings, sentences, list items with their introduction) with the entities of each. A heading, a list
 * item or a table row of the light markup {@link DocumentReader} writes is a paragraph of its own, without its
 * marker, so that a list is never read as one run-on sentence.
 */
final class Document {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-•*–·▪►✓]\\s+|\\d{1,2}\\s?[.)]\\s+)\\S");
    private static final Pattern ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern MARKER = Pattern.compile("^(?:#{1,6}\\s+|[-•*–·▪►]|\\d{1,2}[.)])\\s*");

    private final List<String> lines;
    private final SourceText source;
    private final List<String> paragraphs;
    private final List<Unit> units = new ArrayList<>();

    Document(String text, EntityRecognizer recognizer) {
        this.source = new SourceText(text);
        String unified = source.text();
        this.lines = List.of(unified.split("\n"));
        this.paragraphs = paragraphs(lines);
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

    /** A line as a reader sees it: no heading mark, no Markdown emphasis, no bullet, white space folded. */
    static String cleanLine(String line) {
        return MARKER.matcher(SourceText.clean(line)).replaceFirst("").strip();
    }

    /**
     * Blank lines separate paragraphs; inside a block, a heading, a list item or a table row starts a paragraph
     * of its own and the other lines continue the one before (a wrapped line).
     */
    private static List<String> paragraphs(List<String> lines) {
        Set<String> unique = new LinkedHashSet<>();
        StringBuilder current = new StringBuilder();
        boolean alone = false;
        for (String line : lines) {
            boolean marked = HEADING.matcher(line).find() || ITEM.matcher(line).find() || ROW.matcher(line).find();
            if (line.isBlank() || marked || alone) {
                add(unique, current);
                alone = false;
            }
            if (line.isBlank()) {
                continue;
            }
            if (ROW.matcher(line).find()) {
                current.append(line.strip().replaceAll("^\\||\\|$", "").strip());
                alone = true;
                continue;
            }
            alone = HEADING.matcher(line).find();
            current.append(current.length() == 0 ? "" : " ").append(marked ? cleanLine(line) : line);
        }
        add(unique, current);
        return new ArrayList<>(unique);
    }

    private static void add(Set<String> paragraphs, StringBuilder block) {
        String paragraph = SourceText.clean(block.toString()).strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        block.setLength(0);
    }
}

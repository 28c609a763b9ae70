package fr.clsbot.ingest;

import fr.clsbot.knowledge.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the light text markup {@link fr.clsbot.knowledge.SourceStructure} reads: {@code #} headings, {@code -}
 * and {@code 1.} list items on consecutive lines, {@code | cell | cell |} table rows, blank lines between
 * paragraphs. Every format with a structure (HTML, PDF, DOCX) is rendered through it, so that they all give the
 * same text for the same page.
 */
final class LightMarkup {
    /** A line that already starts like a list item ("• …", "- …", "3) …"): a line break before it is kept. */
    private static final Pattern ITEM_START = Pattern.compile("^(?:[-•*–·▪►✓]\\s|\\d{1,2}\\s?[.)]\\s)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2028]+");
    /** A line break the document asks for ({@code <br>}, Word's Shift+Enter), kept where a wrapped line is not. */
    static final char LINE_BREAK = '\u2028';
    private static final int MAX_NUMBERED_ITEM = 99;

    private enum Kind { NONE, BLOCK, ITEM, ROW }

    private final StringBuilder out = new StringBuilder();
    private Kind last = Kind.NONE;

    /** Thrown when the text grows past what a knowledge-base source may hold. */
    static final class TooLongException extends RuntimeException {
        TooLongException() {
            super(null, null, false, false);
        }
    }

    void heading(int level, String text) {
        String line = fold(text);
        if (!line.isEmpty()) {
            append(Kind.BLOCK, "#".repeat(Math.max(1, Math.min(6, level))) + " " + line);
        }
    }

    /**
     * A paragraph; its {@link #LINE_BREAK}s stay line breaks (a contact block's lines), other line ends are joined
     * into spaces (a PDF wraps lines) except before a line that starts like a list item.
     */
    void paragraph(String text) {
        List<String> lines = new ArrayList<>();
        for (String asked : text.split(String.valueOf(LINE_BREAK))) {
            StringBuilder joined = new StringBuilder();
            for (String line : asked.split("\n")) {
                String folded = fold(line);
                if (folded.isEmpty()) {
                    continue;
                }
                if (joined.length() > 0) {
                    joined.append(ITEM_START.matcher(folded).find() ? "\n" : " ");
                }
                joined.append(folded);
            }
            if (joined.length() > 0) {
                lines.add(joined.toString());
            }
        }
        if (!lines.isEmpty()) {
            append(Kind.BLOCK, String.join("\n", lines));
        }
    }

    /**
     * @param depth  1 for a top-level item
     * @param number the item's number in an ordered list, or 0 for a bullet
     */
    void item(int depth, int number, String text) {
        String line = fold(text);
        if (!line.isEmpty()) {
            String marker = number > 0 && number <= MAX_NUMBERED_ITEM ? number + ". " : "- ";
            append(Kind.ITEM, "  ".repeat(Math.max(0, depth - 1)) + marker + line);
        }
    }

    void row(List<String> cells) {
        List<String> folded = cells.stream().map(c -> fold(c).replace('|', '/')).toList();
        if (folded.stream().anyMatch(c -> !c.isEmpty())) {
            append(Kind.ROW, "| " + String.join(" | ", folded) + " |");
        }
    }

    String text() {
        return out.length() == 0 ? "" : out + "\n";
    }

    private void append(Kind kind, String line) {
        if (last != Kind.NONE) {
            out.append(kind == last && kind != Kind.BLOCK ? "\n" : "\n\n");
        }
        out.append(line);
        last = kind;
        if (out.length() > Limits.MAX_SOURCE_BYTES) {
            throw new TooLongException();
        }
    }

    /** Stops a reader whose pending text alone is already more than a source may hold. */
    static void checkLength(CharSequence pending) {
        if (pending.length() > Limits.MAX_SOURCE_BYTES) {
            throw new TooLongException();
        }
    }

    /** White space of every kind (no-break spaces included) folded into single spaces. */
    static String fold(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}

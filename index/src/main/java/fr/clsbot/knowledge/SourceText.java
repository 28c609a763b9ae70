package fr.clsbot.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A source document's plain text: its passages (paragraphs) and the check that a quote really stands in it.
 * Markdown emphasis, typographic apostrophes and line breaks are ignored when comparing, nothing else; Unicode
 * hyphens are read as the ASCII one.
 */
public final class SourceText {

    /** A comma between a word and a capital, with no space: "Maire,M.Jean". */
    private static final Pattern COMMA_GLUED = Pattern.compile("(?<=\\p{Ll}),(?=\\p{Lu})");
    /** "M.Jean", "Mme.Dupont": a title glued to the name it precedes. */
    private static final Pattern TITLE_GLUED = Pattern.compile("(?<![\\p{L}.])(M|Mme|Mlle|Dr)\\.(?=\\p{Lu}\\p{Ll})");

    /**
     * "coor- dinateur": a word a PDF broke at the end of a line, its hyphen kept; never « pré- et post-natal », never
     * a capital after the break.
     */
    private static final Pattern BROKEN_WORD = Pattern.compile("(?<=\\p{Ll}\\p{Ll})- (?!(?:et|ou)\\b)(?=\\p{Ll}{2})");

    private final String text;
    private final String comparable;
    private final List<String> paragraphs;

    public SourceText(String text) {
        // "Puy‐de‐Dôme" with Unicode hyphens (U+2010, U+2011) is the Puy-de-Dôme every pattern and user writes.
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2010', '-').replace('\u2011', '-');
        this.text = unified;
        this.comparable = comparable(unified);
        Set<String> unique = new LinkedHashSet<>();
        // Paragraphs are separated by blank lines (or lines of spaces).
        int paragraphStart = 0;
        int position = 0;
        while (position < unified.length()) {
            int end = unified.indexOf('\n', position);
            if (end < 0) {
                end = unified.length();
            }
            if (unified.substring(position, end).isBlank()) {
                addParagraph(unique, unified.substring(paragraphStart, position));
                paragraphStart = end + 1;
            }
            position = end + 1;
        }
        if (paragraphStart < unified.length()) {
            addParagraph(unique, unified.substring(paragraphStart));
        }
        this.paragraphs = new ArrayList<>(unique);
    }

    private static void addParagraph(Set<String> paragraphs, String block) {
        String paragraph = clean(block);
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }

    /** The whole text, line breaks and hyphens unified. */
    public String text() {
        return text;
    }

    /** The paragraphs in order, each once (a press-contact block printed twice is kept once). */
    public List<String> paragraphs() {
        return paragraphs;
    }

    /** True when {@code quote} stands in the text, ignoring emphasis marks, apostrophe style, case and line breaks. */
    public boolean contains(String quote) {
        return quote != null && comparable.contains(comparable(quote));
    }

    /**
     * Removes Markdown emphasis, folds white space and puts back the space a PDF's text lost after a comma or a
     * title ("son Maire,M.Jean-Claude Lombion" reads "son Maire, M. Jean-Claude Lombion"): the text as a reader
     * sees it.
     */
    public static String clean(String text) {
        String unmarked = text.indexOf('*') < 0 && text.indexOf('_') < 0 ? text
                : text.replace("**", "").replace("__", "");
        if (unmarked.indexOf(',') >= 0 || unmarked.indexOf('.') >= 0) {
            unmarked = TITLE_GLUED.matcher(COMMA_GLUED.matcher(unmarked).replaceAll(", ")).replaceAll("$1. ");
        }
        StringBuilder out = new StringBuilder(unmarked.length());
        boolean space = false;
        for (int i = 0; i < unmarked.length(); i++) {
            char c = unmarked.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        String folded = out.toString();
        return folded.indexOf("- ") < 0 ? folded : BROKEN_WORD.matcher(folded).replaceAll("");
    }

    private static String comparable(String text) {
        String cleaned = clean(text.replace('\u00a0', ' ').replace('\u202f', ' '));
        String normalized = Normalizer.isNormalized(cleaned, Normalizer.Form.NFC) ? cleaned
                : Normalizer.normalize(cleaned, Normalizer.Form.NFC);
        return normalized.replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT);
    }
}

package fr.clsbot.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A source document's plain text: its passages (paragraphs) and the check that a quote really stands in it.
 * Markdown emphasis, typographic apostrophes and line breaks are ignored when comparing, nothing else.
 */
public final class SourceText {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String comparable;
    private final List<String> paragraphs;

    public SourceText(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        this.comparable = comparable(unified);
        Set<String> unique = new LinkedHashSet<>();
        for (String block : BLANK_LINES.split(unified)) {
            String paragraph = clean(block);
            if (!paragraph.isEmpty()) {
                unique.add(paragraph);
            }
        }
        this.paragraphs = new ArrayList<>(unique);
    }

    /** The paragraphs in order, each once (a press-contact block printed twice is kept once). */
    public List<String> paragraphs() {
        return paragraphs;
    }

    /** True when {@code quote} stands in the text, ignoring emphasis marks, apostrophe style, case and line breaks. */
    public boolean contains(String quote) {
        return quote != null && comparable.contains(comparable(quote));
    }

    /** Removes Markdown emphasis and folds white space: the text as a reader sees it. */
    public static String clean(String text) {
        return SPACES.matcher(text.replace("**", "").replace("__", "")).replaceAll(" ").strip();
    }

    private static String comparable(String text) {
        String normalized = Normalizer.normalize(clean(text), Normalizer.Form.NFC)
                .replace('\u2019', '\'').replace('\u00a0', ' ').replace('\u202f', ' ');
        return normalized.toLowerCase(java.util.Locale.ROOT);
    }
}

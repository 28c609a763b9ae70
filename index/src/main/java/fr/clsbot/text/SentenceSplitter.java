package fr.clsbot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits French paragraphs into sentences, without cutting "M. Dupont", "etc." or "2,5" in two. */
public final class SentenceSplitter {
    private static final List<String> ABBREVIATIONS = List.of("M.", "Mme.", "Dr.", "etc.", "cf.", "p.", "n°.",
            "St.", "Ste.", "av.", "bd.");

    /**
     * "« A, B et C ». Tels sont les objectifs du contrat": a sentence that only names what the one before says stays
     * with it, or the list would lose its name.
     */
    private static final Pattern NAMES_WHAT_CAME_BEFORE = Pattern.compile("\\s+(?:Tel(?:le)?s? (?:sont|étaient"
            + "|seront|est|était)|Voilà)\\b");

    private SentenceSplitter() {
    }

    /** The sentences of {@code paragraph}, trimmed, none empty. */
    public static List<String> of(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?') && (i + 1 == paragraph.length()
                    || (Character.isWhitespace(paragraph.charAt(i + 1)) && i + 2 < paragraph.length()
                    && (Character.isUpperCase(paragraph.charAt(i + 2)) || paragraph.charAt(i + 2) == '«')));
            if (end && !abbreviationEndsAt(paragraph, i) && !NAMES_WHAT_CAME_BEFORE.matcher(paragraph)
                    .region(i + 1, paragraph.length()).lookingAt()) {
                add(sentences, paragraph.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    private static boolean abbreviationEndsAt(String text, int dot) {
        for (String abbreviation : ABBREVIATIONS) {
            int from = dot + 1 - abbreviation.length();
            if (from >= 0 && text.regionMatches(true, from, abbreviation, 0, abbreviation.length())
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}

package fr.clsbot.text;

import java.util.Locale;

/**
 * The one way the engine folds French text for comparison: lower case, accents and ligatures removed
 * ("Cœur" → "coeur", "Montluçon" → "montlucon"), typographic apostrophes made plain. Offsets are not kept; use it
 * for keys and comparisons, never to build text shown to users.
 */
public final class Folding {
    private Folding() {
    }

    /** Lower case, no accents or ligatures, apostrophes as {@code '}. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isAscii(text)) {
            // Folding leaves ASCII as it is: most questions and words need only their capitals lowered.
            return text.toLowerCase(Locale.ROOT);
        }
        char[] lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02bc', '\'').toCharArray();
        char[] out = new char[lower.length * AsciiFolding.MAX_EXPANSION];
        int length = AsciiFolding.fold(lower, 0, out, 0, lower.length);
        return new String(out, 0, length);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0080') {
                return false;
            }
        }
        return true;
    }

    /** {@link #fold} with every character that is not a letter or a digit removed: "Saint-Paul" → "saintpaul". */
    public static String key(String text) {
        String folded = fold(text);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** The same characters as {@code text}, one for one, accents removed and lower case: offsets stay valid. */
    public static String foldKeepingOffsets(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < '\u0080') {
                chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                continue;
            }
            // A character that folds to several keeps the first, so that offsets stay valid ("œ" → "o").
            String folded = AsciiFolding.folded(Character.toLowerCase(c));
            chars[i] = folded.isEmpty() ? ' ' : folded.charAt(0);
            if (chars[i] == '\u2019') {
                chars[i] = '\'';
            }
        }
        return new String(chars);
    }
}

package fr.clsbot.text;

import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

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
        char[] lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02bc', '\'').toCharArray();
        char[] out = new char[lower.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower, 0, out, 0, lower.length);
        return new String(out, 0, length);
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
        char[] one = new char[1];
        char[] out = new char[8];
        for (int i = 0; i < chars.length; i++) {
            one[0] = Character.toLowerCase(chars[i]);
            int length = ASCIIFoldingFilter.foldToASCII(one, 0, out, 0, 1);
            chars[i] = length == 1 ? out[0] : (length == 0 ? ' ' : out[0]);
            if (chars[i] == '\u2019') {
                chars[i] = '\'';
            }
        }
        return new String(chars);
    }
}

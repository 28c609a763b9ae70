package fr.clsbot.text;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Lucene's ASCII folding ({@link ASCIIFoldingFilter#foldToASCII(char[], int, char[], int, int)}), same output
 * character for character, with its answer for each character below U+2100 (Latin, Greek, Cyrillic, punctuation)
 * remembered the first time it is asked. Lucene's method is one switch over thousands of characters, too large for
 * HotSpot to compile (it skips methods over 8 000 bytes of bytecode): every call ran in the interpreter, and
 * folding a question cost more than searching for it.
 */
public final class AsciiFolding {
    /** The most characters one character folds to ("⑽" → "(10)"). */
    public static final int MAX_EXPANSION = 4;
    private static final int REMEMBERED = 0x2100;
    /** What each character folds to, filled in as characters are met; Strings, so they publish safely. */
    private static final String[] FOLDED = new String[REMEMBERED];

    /**
     * The small letters French writes raised after a rank ("3ᵉ du nom", "1ʳᵉ fois", "2ᵈ"), which Lucene leaves as
     * they are: their plain letters, one for one.
     */
    private static final String SUPERSCRIPTS = "\u1d49\u02b3\u1d48\u02e2\u1d52\u207f";
    private static final String SUPERSCRIPT_LETTERS = "erdson";

    private AsciiFolding() {
    }

    /**
     * Folds {@code length} characters of {@code input} from {@code inputPos} into {@code output} from
     * {@code outputPos}, which must hold {@link #MAX_EXPANSION} characters for each; returns the end of what was
     * written.
     */
    public static int fold(char[] input, int inputPos, char[] output, int outputPos, int length) {
        int out = outputPos;
        for (int i = inputPos; i < inputPos + length; i++) {
            char c = input[i];
            if (c < '\u0080') {
                output[out++] = c;
            } else {
                String folded = folded(c);
                folded.getChars(0, folded.length(), output, out);
                out += folded.length();
            }
        }
        return out;
    }

    /** What {@code c} folds to: one character or a few ("œ" → "oe"). */
    static String folded(char c) {
        if (c >= REMEMBERED) {
            return lucene(c);
        }
        String known = FOLDED[c];
        if (known == null) {
            known = lucene(c);
            FOLDED[c] = known;
        }
        return known;
    }

    private static String lucene(char c) {
        int superscript = SUPERSCRIPTS.indexOf(c);
        if (superscript >= 0) {
            return String.valueOf(SUPERSCRIPT_LETTERS.charAt(superscript));
        }
        char[] out = new char[MAX_EXPANSION];
        int length = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
        return new String(out, 0, length);
    }
}

package fr.clsbot.console;

import java.util.regex.Pattern;

/**
 * Text made safe for a terminal. Documents, file names and questions typed by users may carry escape sequences
 * (colours, cursor moves, a cleared screen, a changed window title) or other control characters: printed raw they
 * would act on the reader's terminal. They are removed; line breaks and tabs are kept.
 */
public final class TerminalText {
    /** ESC followed by a CSI sequence, an OSC/DCS string up to its terminator, or one character. */
    private static final Pattern ESCAPES = Pattern.compile(
            "\u001b\\[[0-?]*[ -/]*[@-~]|\u001b[\\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\\\)?|\u001b.?");
    /** C0 controls but line feed and tab, DEL, and the C1 controls (U+009B is a one-character CSI). */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]");

    private TerminalText() {
    }

    /** {@code text} without escape sequences or control characters (null stays null). */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        boolean clean = true;
        for (int i = 0; i < text.length() && clean; i++) {
            char c = text.charAt(i);
            clean = c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f) || c == '\n' || c == '\t';
        }
        return clean ? text : CONTROLS.matcher(ESCAPES.matcher(text).replaceAll("")).replaceAll("");
    }
}

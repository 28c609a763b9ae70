package fr.clsbot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into messages Telegram accepts, at paragraph, line or word boundaries, never inside a word when it
 * can help it.
 */
final class MessageSplitter {
    /** Telegram's limit is 4096 characters; plain text is cut shorter so that HTML escaping still fits. */
    static final int PLAIN_LIMIT = 3000;

    private MessageSplitter() {
    }

    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = lastBoundary(rest, limit);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int lastBoundary(String text, int limit) {
        for (String boundary : List.of("\n\n", "\n", ". ", " ")) {
            int at = text.lastIndexOf(boundary, limit - boundary.length());
            if (at > limit / 3) {
                return at + boundary.length();
            }
        }
        int cut = limit;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }
}

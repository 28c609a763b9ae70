package fr.clsbot.search;

/**
 * A word of a question after folding ("Montluçon" gives {@code montlucon}), with where it stood.
 *
 * @param text     lower-case, accent-free form
 * @param original the word as typed
 * @param position 0-based index among the question's words
 */
public record Token(String text, String original, int start, int end, int position) {
    public boolean capitalized() {
        return !original.isEmpty() && Character.isUpperCase(original.charAt(0));
    }

    public boolean number() {
        // Asked several times of every word of every question: a loop, not a stream.
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

package fr.clsbot.knowledge;

/**
 * One thing wrong in a knowledge-base file, located for the person who will fix it.
 *
 * @param line  1-based line in {@code file}, or 0 when unknown
 * @param field path of the field, e.g. {@code contacts[1].phone}; empty for the whole file
 */
public record Problem(String file, int line, String field, String message) {
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}

package fr.clsbot.knowledge;

/**
 * When the contract was signed. {@code date} is written as printed ("2 avril") or {@code unknown} when the
 * sources do not give it.
 */
public record Signing(String date, String quote, String source) implements Sourced {
    public static final String UNKNOWN = "unknown";

    public boolean known() {
        return date != null && !date.isBlank() && !UNKNOWN.equalsIgnoreCase(date.trim());
    }
}

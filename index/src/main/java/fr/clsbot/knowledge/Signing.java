package fr.clsbot.knowledge;

import java.util.regex.Pattern;

/**
 * When the contract was signed. {@code date} is written as printed ("2 avril") or {@code unknown} when the
 * sources do not give it.
 */
public record Signing(String date, String quote, String source) implements Sourced {
    public static final String UNKNOWN = "unknown";
    /** A date that names no day: a year, a month, or both ("2017", "décembre", "mars 2025"). */
    private static final Pattern NO_DAY = Pattern.compile("(?iu)(?:(?:début |fin |mi-)?(?:janvier|février|fevrier|mars"
            + "|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)(?:\\s+\\d{4})?|\\d{4})");

    public boolean known() {
        return date != null && !date.isBlank() && !UNKNOWN.equalsIgnoreCase(date.trim());
    }

    /** The date as French writes it after "signé": "le 3 mars 2025", but "en 2017", "en mars 2025". */
    public String onDate() {
        return (NO_DAY.matcher(date.strip()).matches() ? "en " : "le ") + date.strip();
    }
}

package fr.clsbot.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the contract was signed. {@code date} is written as printed ("2 avril") or {@code unknown} when the
 * sources do not give it.
 */
public record Signing(String date, String quote, String source) implements Sourced {
    public static final String UNKNOWN = "unknown";
    /** A date that names no day: a year, a month, or both ("2017", "décembre", "mars 2025", "début 2025"). */
    private static final Pattern NO_DAY = Pattern.compile("(?iu)(?:début |debut |fin |mi-|courant )?(?:(?:janvier"
            + "|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)"
            + "(?:\\s+\\d{4})?|\\d{4})");
    /**
     * A season or a quarter of a year: "printemps 2024" and "1er trimestre 2017" take "au" (group 1), "automne 2015"
     * takes "à l'" (group 2).
     */
    private static final Pattern SEASON = Pattern.compile("(?iu)(?:(printemps|\\d\\S* (?:trimestre|semestre)"
            + "|(?:premier|deuxième|second|troisième|quatrième|dernier) (?:trimestre|semestre))"
            + "|(automne|été|ete|hiver))(?:\\s+\\d{4})?");

    public boolean known() {
        return date != null && !date.isBlank() && !UNKNOWN.equalsIgnoreCase(date.trim());
    }

    /**
     * The date as French writes it after "signé": "le 3 mars 2025", but "en 2017", "en mars 2025", "à l'automne
     * 2015", "au printemps 2024".
     */
    public String onDate() {
        String written = date.strip();
        Matcher season = SEASON.matcher(written);
        if (season.matches()) {
            return (season.group(1) != null ? "au " : "à l'") + written;
        }
        return (NO_DAY.matcher(written).matches() ? "en " : "le ") + written;
    }
}

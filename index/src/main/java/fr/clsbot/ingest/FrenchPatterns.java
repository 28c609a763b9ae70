package fr.clsbot.ingest;

import java.util.regex.Pattern;

/** The regular expressions of French administrative writing that extraction relies on, compiled once. */
final class FrenchPatterns {
    static final String MONTH = "(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre"
            + "|novembre|d[ée]cembre)";
    /** "2 avril", "1er mars 2024". */
    static final Pattern DAY_DATE = Pattern.compile("\\b\\d{1,2}(?:er)?\\s+" + MONTH + "(?:\\s+20\\d\\d)?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "janvier 2023", "en 2029", "dès 2025", "d'ici 2028". */
    static final Pattern DATE = Pattern.compile("\\b(?:\\d{1,2}(?:er)?\\s+)?" + MONTH + "\\s+20\\d\\d\\b"
            + "|\\b\\d{1,2}(?:er)?\\s+" + MONTH + "\\b"
            + "|(?<=\\b(?:en|dès|depuis|d'ici|avant|après|fin|début|courant|à partir de)\\s)20\\d\\d\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern YEAR = Pattern.compile("\\b20\\d\\d\\b");
    static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+33\\s?|0)[1-9](?:[\\s.-]?\\d{2}){4}(?!\\d)");
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private FrenchPatterns() {
    }
}

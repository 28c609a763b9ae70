package fr.clsbot.entity;

import java.util.regex.Pattern;

/** Regular-expression fragments shared by the recognisers, written for folded text (lower case, no accents). */
final class Patterns {
    static final String MONTH = "(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
            + "|decembre)";
    static final String DAY_NAME = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
    static final String YEAR = "(?:19[5-9]\\d|20\\d\\d)";
    /** A number in digits, with French thousands separators and decimal comma: "170 000", "15 816", "2,5". */
    static final String DIGITS = "(?:\\d{1,3}(?:[ \\u00a0\\u202f.]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)";
    /**
     * What may stand before a figure and belongs to it: "plus de 150", "près de 60"; a whole word ("auprès de 600
     * habitants" is no "près de 600").
     */
    static final String QUALIFIER = "(?:\\b(?:plus de|pres de|environ|au moins|moins de|quelque|pas moins de"
            + "|un total de|jusqu'a|une centaine de|une dizaine de|une vingtaine de)\\s+)?";
    /** The end of a word, for patterns that end in a symbol (€, %). */
    static final String WORD_END = "(?![\\p{L}\\d])";

    private Patterns() {
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex);
    }
}

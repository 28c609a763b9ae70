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
    /** "2025-2029", "2025 – 2029". */
    static final Pattern PERIOD = Pattern.compile("\\b(20\\d\\d)\\s?[-–à/]\\s?(20\\d\\d)\\b");
    static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+33\\s?|0)[1-9](?:[\\s.-]?\\d{2}){4}(?!\\d)");
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** "15 816€", "15 000 euros", "1,2 million d'euros". */
    static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:[\\s\\u00a0\\u202f.]\\d{3})+(?:,\\d+)?\\s?(?:€|euros?\\b)"
            + "|\\d+(?:,\\d+)?\\s?(?:€|euros?\\b|k€|M€|millions? d'euros|millions? €)", Pattern.CASE_INSENSITIVE);
    static final Pattern PERCENT = Pattern.compile("\\d+(?:,\\d+)?\\s?%");
    static final String NUMBER_WORD = "(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt)";
    /** "21 communes", "plus de 150 acteurs locaux", "cinq axes stratégiques". */
    static final Pattern COUNT = Pattern.compile("(?:\\b(?:plus de|près de|environ|au moins|une centaine de)\\s+)?"
            + "(?:\\d[\\d\\s\\u00a0]*|" + NUMBER_WORD + ")\\s+(?:communes|acteurs(?: locaux)?|habitants"
            + "|professionnels(?: de santé)?|partenaires|structures|fiches[- ]actions|actions|axes(?: stratégiques)?"
            + "|médecins|participants|élus|associations|personnes|réunions|ateliers|questionnaires|réponses"
            + "|signataires|établissements|quartiers|villages|EHPAD|maisons de santé)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "une année", "pour une durée de cinq ans", "ces quatre années", "18 mois". */
    static final Pattern DURATION = Pattern.compile("\\b(?:une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
            + "|\\d+)\\s+(?:années|année|ans|mois)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private FrenchPatterns() {
    }
}

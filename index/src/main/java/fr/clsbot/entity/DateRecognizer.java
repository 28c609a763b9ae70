package fr.clsbot.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and periods: "vendredi 22 mars", "1er septembre 2022", "décembre 2022", "en avril", "en 2019", "il y a un
 * an", "02/04/2025", and periods "2025-2029", "de 2020 à 2024". Each date carries its precision, so that "quel
 * jour" is not answered with a month.
 */
final class DateRecognizer implements Recognizer {
    private static final String M = Patterns.MONTH;
    private static final String Y = Patterns.YEAR;
    private static final Pattern PERIOD = Patterns.compile("\\b(?:de\\s+)?(" + Y + ")\\s*(?:-|\\u2013|\\u2014|/|a|au)"
            + "\\s*(" + Y + ")\\b|\\bentre\\s+(" + Y + ")\\s+et\\s+(" + Y + ")\\b");
    /** "de septembre 2023 à mars 2024", "entre janvier et juin 2024": a stretch of time given in months. */
    private static final Pattern MONTH_SPAN = Patterns.compile("\\b(?:de|d'|entre)\\s*(" + M + "(?:\\s+" + Y + ")?)"
            + "\\s+(?:a|au|et|jusqu'a|jusqu'en)\\s+(" + M + "\\s+" + Y + ")\\b");
    /** "entre le 16 janvier et 19 février 2023", "du 3 au 7 juin 2024": a stretch of time given in days. */
    private static final Pattern DAY_SPAN = Patterns.compile("\\b(?:du|entre le|entre)\\s+(1er|[0-3]?\\d)(?:\\s+" + M
            + ")?(?:\\s+(" + Y + "))?\\s+(?:au|et le|et)\\s+(?:1er|[0-3]?\\d)\\s+" + M + "\\s+(" + Y + ")\\b");
    /** "à l'horizon 2023", "jusqu'en 2023": the end of a stretch of time whose start is not given. */
    private static final Pattern OPEN_PERIOD = Patterns.compile("\\b(?:a l'horizon|a horizon|jusqu'en|jusqu'a fin"
            + "|jusqu'a la fin de|jusqu'a l'annee|jusqu'a)\\s+(" + Y + ")\\b");
    /** "10h30", "14 h", "à 18 heures": a time of day. */
    private static final Pattern TIME = Patterns.compile("\\b(?:[01]?\\d|2[0-3])\\s?h(?:\\s?[0-5]\\d)?(?![\\w/])"
            + "|\\b(?:[01]?\\d|2[0-3]) heures?(?: (?:[0-5]\\d|trente|quinze|et demie))?\\b");
    private static final Pattern FULL = Patterns.compile("\\b(?:" + Patterns.DAY_NAME + ",?\\s+)?(?:1er|1ere|[0-3]?\\d)"
            + "\\s+" + M + "(?:\\s+(" + Y + "))?\\b");
    private static final Pattern NUMERIC = Patterns.compile("\\b[0-3]?\\d/[01]?\\d/(?:" + Y + "|\\d\\d)\\b"
            + "|\\b" + Y + "-[01]\\d-[0-3]\\d\\b");
    private static final Pattern ISO_MONTH = Patterns.compile("\\b" + Y + "-[01]\\d\\b(?![-/]\\d)");
    private static final Pattern MONTH_YEAR = Patterns.compile("\\b(?:(?:debut|fin|mi-|courant)\\s*)?" + M + "\\s+"
            + Y + "\\b");
    /**
     * "fin septembre", "début 2024", "à l'automne 2015", "au 1er trimestre 2017": the part of the month or year said
     * belongs to the date (group 1).
     */
    private static final String PART = "(debut|fin|mi-|courant|printemps|ete|automne|hiver|(?:1er|premier|2e|2eme"
            + "|deuxieme|second|3e|3eme|troisieme|4e|4eme|quatrieme|dernier) (?:trimestre|semestre))";
    private static final Pattern MONTH_ONLY = Patterns.compile("\\b(?:" + PART + "|en|des|depuis|d'|jusqu'en"
            + "|au mois d'|au mois de)\\s*(" + M + ")\\b");
    private static final Pattern YEAR = Patterns.compile("\\b(?:" + PART + "\\s+(?:de\\s+|d')?|(?:en|des|depuis|d'ici"
            + "|avant|apres|a partir de|jusqu'en|l'annee|annee|au cours de)\\s+)?(" + Y + ")\\b");
    private static final Pattern RELATIVE = Patterns.compile("\\bil y a (?:un|une|deux|trois|quatre|cinq|six|\\d+)"
            + " (?:ans?|annees?|mois|semaines?|jours?)\\b|\\bl'(?:an|annee) (?:dernier|derniere|passe|passee|prochain"
            + "|prochaine)\\b|\\bcette annee\\b");
    /** "signé ce vendredi", "jeudi soir": a day of the week said without its date. */
    private static final Pattern DAY_OF_WEEK = Patterns.compile("\\bce " + Patterns.DAY_NAME
            + "(?: soir| matin)?(?! \\d)\\b|\\b" + Patterns.DAY_NAME + " (?:soir|matin|dernier)\\b");

    @Override
    public void find(String text, String folded, List<Entity> found) {
        Matcher period = PERIOD.matcher(folded);
        while (period.find()) {
            // "2025-2029", or "entre 2023 et 2024" (groups 3 and 4).
            int first = period.group(1) != null ? 1 : 3;
            int start = Integer.parseInt(period.group(first));
            int end = Integer.parseInt(period.group(first + 1));
            if (end > start && end - start <= 15) {
                found.add(new Entity(EntityType.PERIOD, text.substring(period.start(), period.end()),
                        period.start(), period.end(), start + "-" + end, null));
            }
        }
        Matcher span = MONTH_SPAN.matcher(folded);
        while (span.find()) {
            String endYear = span.group(2).replaceAll("\\D", "");
            String startYear = span.group(1).replaceAll("\\D", "");
            found.add(new Entity(EntityType.PERIOD, text.substring(span.start(1), span.end(2)), span.start(1),
                    span.end(2), (startYear.isEmpty() ? endYear : startYear) + "-" + endYear, Entity.MONTH));
        }
        Matcher days = DAY_SPAN.matcher(folded);
        while (days.find()) {
            String endYear = days.group(3);
            found.add(new Entity(EntityType.PERIOD, text.substring(days.start(1), days.end()), days.start(1),
                    days.end(), (days.group(2) == null ? endYear : days.group(2)) + "-" + endYear, Entity.DAY));
        }
        Matcher open = OPEN_PERIOD.matcher(folded);
        while (open.find()) {
            found.add(new Entity(EntityType.PERIOD, text.substring(open.start(), open.end()), open.start(), open.end(),
                    open.group(1), Entity.END));
        }
        Matcher time = TIME.matcher(folded);
        while (time.find()) {
            found.add(new Entity(EntityType.TIME, text.substring(time.start(), time.end()), time.start(), time.end(),
                    time.group(), null));
        }
        add(FULL, 0, Entity.DAY, text, folded, found);
        add(NUMERIC, 0, Entity.DAY, text, folded, found);
        add(MONTH_YEAR, 0, Entity.MONTH, text, folded, found);
        add(ISO_MONTH, 0, Entity.MONTH, text, folded, found);
        Matcher month = MONTH_ONLY.matcher(folded);
        while (month.find()) {
            int start = month.group(1) != null ? month.start(1) : month.start(2);
            found.add(new Entity(EntityType.DATE, text.substring(start, month.end(2)), start, month.end(2),
                    month.group(2), Entity.MONTH));
        }
        add(RELATIVE, 0, Entity.RELATIVE, text, folded, found);
        add(DAY_OF_WEEK, 0, Entity.WEEKDAY, text, folded, found);
        Matcher year = YEAR.matcher(folded);
        while (year.find()) {
            if (!partOfNumber(folded, year.start(2), year.end(2))) {
                int start = year.group(1) != null ? year.start(1) : year.start(2);
                found.add(new Entity(EntityType.DATE, text.substring(start, year.end(2)), start, year.end(2),
                        year.group(2), Entity.YEAR));
            }
        }
    }

    private static void add(Pattern pattern, int group, String precision, String text, String folded,
                            List<Entity> found) {
        Matcher matcher = pattern.matcher(folded);
        while (matcher.find()) {
            int start = matcher.start(group);
            int end = matcher.end(group);
            found.add(new Entity(EntityType.DATE, text.substring(start, end), start, end, folded.substring(start, end),
                    precision));
        }
    }

    /** "1 2025" or "2025,5": a year glued to other digits is part of an amount, not a date. */
    private static boolean partOfNumber(String folded, int start, int end) {
        boolean decimal = end + 1 < folded.length() && folded.charAt(end) == ',' && Character.isDigit(folded.charAt(end + 1));
        boolean grouped = start >= 2 && Character.isDigit(folded.charAt(start - 2))
                && Character.isSpaceChar(folded.charAt(start - 1));
        return decimal || grouped;
    }
}

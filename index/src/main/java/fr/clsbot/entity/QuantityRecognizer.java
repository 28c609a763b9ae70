package fr.clsbot.entity;

import fr.clsbot.text.FrenchNumbers;
import fr.clsbot.text.Years;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures: amounts ("15 816€", "170 000 euros", "1,2 million d'euros"), percentages ("50 %", "la moitié"),
 * durations ("cinq ans", "une année", "18 mois"), counts with the noun they count ("quatorze partenaires", "plus de
 * 150 acteurs locaux", "quatre grandes thématiques") and ordinals with what they rank ("4ème Contrat", "3e
 * génération", "deuxième CLS"). Numbers may be written in digits or in words.
 */
final class QuantityRecognizer implements Recognizer {
    private static final String NUMBER = "(" + Patterns.DIGITS + "|\\b" + FrenchNumbers.WORDS + ")";
    private static final Pattern AMOUNT = Patterns.compile(Patterns.QUALIFIER + NUMBER
            + "\\s*(?:(millions?|milliards?|mds?|m|k)\\s*(?:d'|de\\s+)?)?(?:euros?|eur|€|k€|m€|keur)"
            + Patterns.WORD_END);
    /** "un Sénonais sur cinq", "2 habitants sur 3": a share said as a fraction of people or things. */
    private static final Pattern ONE_IN = Pattern.compile("\\b(une?|deux|trois|quatre|\\d{1,2})\\s+(?:[a-z'’-]+\\s+){0,2}?"
            + "sur\\s+(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d{1,3})(?![\\p{L}\\d])");
    private static final Pattern PERCENT = Patterns.compile(Patterns.QUALIFIER + "(" + Patterns.DIGITS
            + ")\\s*(?:%|pour ?cent\\b)|\\b(la moitie|un tiers|deux tiers|un quart|trois quarts)\\b");
    /** "5 ans", "les 3 prochaines années". */
    private static final Pattern DURATION = Patterns.compile(Patterns.QUALIFIER + NUMBER
            + "\\s+(?:prochaines?\\s+)?(ans|an|annees|annee|mois|semaines?|jours?)\\b"
            + "(?!\\s+(?:19|20)\\d\\d)");
    /** The most a figure of a duration may be: "depuis plus de 100 ans" is one, "3000 ans" some other matter. */
    private static final int LONGEST_DURATION = 200;
    /** Words before "N ans" that make it an age ("a moins de 30 ans", "les 18 ans", "âgés de 60 ans"). */
    private static final Pattern BEFORE_AN_AGE = Pattern.compile("\\b(?:a|ont|ages?|agees?)\\s+(?:de\\s+)?$");
    /** "les moins de 25 ans" is an age, "les cinq ans à venir" a duration. */
    private static final Pattern BEFORE_AN_AGE_LIMIT = Pattern.compile("\\b(?:les|aux|des)\\s+$");
    private static final Pattern AFTER_AN_AGE = Pattern.compile("\\A\\s+et\\s+plus\\b");
    private static final Pattern ORDINAL = Patterns.compile("\\b(" + FrenchNumbers.ORDINAL + ")\\b(?:\\s+([a-z]{2,}))?");
    /**
     * "Le premier avait été signé en 2018. Le deuxième est signé pour cinq ans": an ordinal standing for the contract
     * a page has just named, told by the signing that follows it.
     */
    private static final Pattern SIGNED_AFTER = Pattern.compile("\\A\\s+(?:avait|a|est|etait|fut|sera)\\s+"
            + "(?:ete\\s+)?(?:signe|adopte|conclu|valide|lance)e?\\b");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:le|la)\\s+$");
    /** "3ᵉ du nom en Gâtine, il s'articule …": the third contract of that name. */
    private static final Pattern OF_THE_NAME = Pattern.compile("\\s+du nom\\b");
    /** "CLS 1 : 2012/2019", "(CLS3)": a contract's rank written as its number after the acronym. */
    private static final Pattern NUMBERED_CLS = Patterns.compile("\\bcls\\s?([1-9])\\b(?![.,]\\d)");
    /** The feminine added to a plural by inclusive writing: "habitant-es", "citoyen-nes", "élu-e-s" (folded). */
    private static final Pattern INCLUSIVE_ENDING = Pattern.compile("-(?:e-?s|nes|es)$");
    /** Adjectives that stand between a number and the noun it counts ("quatre grandes thématiques"). */
    private static final String ADJECTIVES = "(?:(?:grande?s?|principa(?:ux|les?)|nouve(?:aux|lles?)|petite?s?"
            + "|autres|differente?s|premiere?s|derniere?s|vrais|vraies|veritables|grands)\\s+)?";
    /** "46 (voire 47) communes": another figure put in brackets between a count and what it counts. */
    private static final String HEDGE = "(?:\\s*\\((?:voire|ou|soit|parfois|environ)\\s+" + Patterns.DIGITS + "\\))?";
    /** A count; its figure starts a word ("1000 m2 hors circulation" counts nothing). */
    private static final Pattern COUNT = Patterns.compile(Patterns.QUALIFIER + "((?<![a-z])" + Patterns.DIGITS
            + "|\\b" + FrenchNumbers.WORDS + ")" + HEDGE + "\\s+" + ADJECTIVES + "([a-z][a-z'-]{2,})");
    /**
     * "deux PMI, un médecin et deux infirmiers": "un" counts one in a list of counts; "ne compte qu'un dispensaire"
     * says there is only one. Elsewhere "un" is an article.
     */
    private static final Pattern ONE_LISTED = Pattern.compile("(?:(,|\\bet)\\s+|\\bqu')(une?)\\s+([a-z][a-z'-]{2,})");
    /** What joins the items of a list of counts. */
    private static final Pattern LIST_JOINT = Pattern.compile("\\s*(?:,|et)\\s*");
    /** "plus d'une cinquantaine d'entretiens": a round number in words, and what it counts. */
    private static final Pattern ROUND_COUNT = Patterns.compile("(?:(?:plus d'|pres d'|environ |quelque )\\s*)?"
            + "\\bune (dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)"
            + "\\s+(?:de\\s+|d')" + ADJECTIVES + "([a-z][a-z'-]{2,})");
    /** "Nombre de votants : 39", "Nombre de conseillers en exercice : 39": a count written as a label and its value. */
    private static final Pattern LABELLED_COUNT = Patterns.compile("\\bnombre (?:de |d')([a-z][a-z'-]{2,})"
            + "(?: [a-z'-]+){0,3}?\\s*:\\s*(" + Patterns.DIGITS + ")(?![\\d,.])");
    /** Words that follow a number without being counted by it. */
    private static final Set<String> NOT_COUNTED = Set.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "ans", "annees", "annee", "mois",
            "semaines", "semaine", "jours", "jour", "euros", "euro", "eur", "et", "ou", "les", "des", "aux", "pour",
            "par", "sur", "dans", "avec", "qui", "que", "dont", "millions", "million", "milliards", "heures",
            "heure", "fois", "entre", "h", "min", "minutes", "rue", "avenue", "boulevard", "place", "route",
            "chemin", "cedex", "bis", "ter", "cent", "mille");

    /**
     * What a number above one counts is plural ("8 habitants") or an acronym ("4 EPCI"): "Page 8 Population", a
     * table of contents' page number before a title, counts nothing.
     */
    private static boolean pluralOrAcronym(String folded, String written) {
        String head = folded.contains("-") ? folded.substring(0, folded.indexOf('-')) : folded;
        char last = head.charAt(head.length() - 1);
        return last == 's' || last == 'x' || last == 'z' || written.equals(written.toUpperCase(Locale.ROOT));
    }

    @Override
    public void find(String text, String folded, List<Entity> found) {
        Matcher amount = AMOUNT.matcher(folded);
        while (amount.find()) {
            OptionalInt value = FrenchNumbers.parse(amount.group(1));
            String scale = amount.group(2);
            String normalised = value.isPresent() ? scaled(value.getAsInt(), amount.group(1), scale) : amount.group(1);
            found.add(entity(EntityType.AMOUNT, text, amount, normalised, "EUR"));
        }
        Matcher percent = PERCENT.matcher(folded);
        while (percent.find()) {
            String value = percent.group(1) != null ? percent.group(1).replaceAll("\\s", "")
                    : switch (percent.group(2)) {
                        case "la moitie" -> "50";
                        case "un tiers" -> "33";
                        case "deux tiers" -> "67";
                        case "un quart" -> "25";
                        default -> "75";
                    };
            found.add(entity(EntityType.PERCENT, text, percent, value, null));
        }
        Matcher oneIn = ONE_IN.matcher(folded);
        while (oneIn.find()) {
            OptionalInt part = FrenchNumbers.parse(oneIn.group(1));
            OptionalInt whole = FrenchNumbers.parse(oneIn.group(2));
            if (part.isPresent() && whole.isPresent() && part.getAsInt() > 0 && part.getAsInt() < whole.getAsInt()) {
                found.add(entity(EntityType.PERCENT, text, oneIn,
                        String.valueOf(Math.round(100.0 * part.getAsInt() / whole.getAsInt())), null));
            }
        }
        Matcher duration = DURATION.matcher(folded);
        while (duration.find()) {
            OptionalInt value = FrenchNumbers.parse(duration.group(1));
            if (value.isPresent() && value.getAsInt() > 0 && value.getAsInt() <= LONGEST_DURATION
                    && !isAge(folded, duration.start(), duration.end(), unit(duration.group(2)))) {
                found.add(entity(EntityType.DURATION, text, duration, String.valueOf(value.getAsInt()),
                        unit(duration.group(2))));
            }
        }
        Matcher ordinal = ORDINAL.matcher(folded);
        while (ordinal.find()) {
            OptionalInt rank = FrenchNumbers.ordinal(ordinal.group(1));
            if (rank.isPresent()) {
                String noun = ordinal.group(2);
                int end = noun == null ? ordinal.end(1) : ordinal.end(2);
                if (standsForAContract(folded, ordinal.start(1), ordinal.end(1))
                        || OF_THE_NAME.matcher(folded).region(ordinal.end(1), folded.length()).lookingAt()) {
                    noun = "contrat";
                    end = ordinal.end(1);
                }
                found.add(new Entity(EntityType.ORDINAL, text.substring(ordinal.start(1), end), ordinal.start(1), end,
                        String.valueOf(rank.getAsInt()), noun));
            }
        }
        Matcher numbered = NUMBERED_CLS.matcher(folded);
        while (numbered.find()) {
            found.add(new Entity(EntityType.ORDINAL, text.substring(numbered.start(), numbered.end()),
                    numbered.start(), numbered.end(), numbered.group(1), "cls"));
        }
        Matcher count = COUNT.matcher(folded);
        while (count.find()) {
            String number = count.group(1);
            // "12 000 habitant-es", "les élu-es": inclusive writing counts the plural noun.
            String noun = INCLUSIVE_ENDING.matcher(count.group(2)).replaceFirst("s");
            String written = noun.equals(count.group(2)) ? text.substring(count.start(2), count.end(2)) : noun;
            OptionalInt value = FrenchNumbers.parse(number);
            if (value.isEmpty() || NOT_COUNTED.contains(noun) || Years.isYear(number) || number.equals("un")
                    || number.equals("une") || value.getAsInt() == 0
                    || value.getAsInt() > 1 && !pluralOrAcronym(noun, written)
                    || sectionNumbered(folded, count.start(1))) {
                continue;
            }
            found.add(entity(EntityType.COUNT, text, count, String.valueOf(value.getAsInt()), noun));
        }
        Matcher one = ONE_LISTED.matcher(folded);
        while (one.find()) {
            String noun = one.group(3);
            boolean only = one.group(1) == null;
            if (NOT_COUNTED.contains(noun) || !only && !amongCounts(found, one.start(), one.end(), folded)) {
                continue;
            }
            int start = one.start(2);
            found.add(new Entity(EntityType.COUNT, text.substring(start, one.end()), start, one.end(), "1", noun));
        }
        Matcher labelled = LABELLED_COUNT.matcher(folded);
        while (labelled.find()) {
            OptionalInt value = FrenchNumbers.parse(labelled.group(2));
            if (value.isPresent() && !NOT_COUNTED.contains(labelled.group(1))) {
                found.add(entity(EntityType.COUNT, text, labelled, String.valueOf(value.getAsInt()),
                        labelled.group(1)));
            }
        }
        Matcher round = ROUND_COUNT.matcher(folded);
        while (round.find()) {
            if (!NOT_COUNTED.contains(round.group(2))) {
                found.add(entity(EntityType.COUNT, text, round, String.valueOf(roundValue(round.group(1))),
                        round.group(2)));
            }
        }
    }

    /** Whether a count ends right before {@code start} or starts right after {@code end}, joined by a comma or "et". */
    private static boolean amongCounts(List<Entity> found, int start, int end, String folded) {
        for (Entity entity : found) {
            if (entity.type() != EntityType.COUNT) {
                continue;
            }
            // ", un médecin" right after the count, or " et un médecin" one space after it.
            boolean before = entity.end() <= start && start - entity.end() <= 1
                    && folded.substring(entity.end(), start).isBlank();
            boolean after = entity.start() > end && LIST_JOINT.matcher(folded).region(end, entity.start()).matches();
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    private static int roundValue(String word) {
        return switch (word) {
            case "dizaine" -> 10;
            case "douzaine" -> 12;
            case "quinzaine" -> 15;
            case "vingtaine" -> 20;
            case "trentaine" -> 30;
            case "quarantaine" -> 40;
            case "cinquantaine" -> 50;
            case "soixantaine" -> 60;
            default -> 100;
        };
    }

    private static Entity entity(EntityType type, String text, Matcher matcher, String value, String detail) {
        return new Entity(type, text.substring(matcher.start(), matcher.end()).strip(), matcher.start(),
                matcher.start() + text.substring(matcher.start(), matcher.end()).stripTrailing().length(), value,
                detail);
    }


    private static String scaled(int value, String written, String scale) {
        if (scale == null) {
            return String.valueOf(value);
        }
        double exact = Double.parseDouble(written.replaceAll("[\\s\\u00a0\\u202f.]", "").replace(',', '.')
                .replaceAll("[^\\d.]", "").isEmpty() ? String.valueOf(value)
                : written.replaceAll("[\\s\\u00a0\\u202f.]", "").replace(',', '.').replaceAll("[^\\d.]", ""));
        long factor = switch (scale) {
            case "k" -> 1_000L;
            case "m", "million", "millions" -> 1_000_000L;
            default -> 1_000_000_000L;
        };
        return String.valueOf(Math.round(exact * factor));
    }

    /** "le deuxième avait été signé": a rank standing for a contract, told by the article and the signing after it. */
    private static boolean standsForAContract(String folded, int start, int end) {
        return ARTICLE_BEFORE.matcher(folded).region(Math.max(0, start - 4), start).find()
                && SIGNED_AFTER.matcher(folded).region(end, folded.length()).lookingAt();
    }

    /** "50 % de la population a moins de 30 ans", "les 18-25 ans", "75 ans et plus": people's ages, no duration. */
    private static boolean isAge(String folded, int start, int end, String unit) {
        if (!unit.equals("an")) {
            return false;
        }
        String before = folded.substring(Math.max(0, start - 20), start);
        boolean limit = folded.startsWith("moins", start) || folded.startsWith("plus", start);
        return BEFORE_AN_AGE.matcher(before).find() || limit && BEFORE_AN_AGE_LIMIT.matcher(before).find()
                || AFTER_AN_AGE.matcher(folded.substring(end)).lookingAt()
                || start > 0 && folded.charAt(start - 1) == '-';
    }

    private static String unit(String word) {
        return switch (word) {
            case "ans", "an", "annees", "annee" -> "an";
            case "mois" -> "mois";
            case "semaine", "semaines" -> "semaine";
            default -> "jour";
        };
    }

    /**
     * True when the number at {@code start} ends a section's number (« 5.2 Axes stratégiques du CLS »): a French
     * page writes a decimal with a comma, so digits and a dot before it number a heading and count nothing.
     */
    private static boolean sectionNumbered(String folded, int start) {
        return start >= 2 && folded.charAt(start - 1) == '.' && Character.isDigit(folded.charAt(start - 2));
    }
}

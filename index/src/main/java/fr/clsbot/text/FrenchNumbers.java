package fr.clsbot.text;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * French numbers written in words ("quatorze", "soixante-dix", "vingt et un") and ordinals ("1er", "2ème",
 * "deuxième", "second", "3e"), read into integers. Grammar, not vocabulary: it lives in code.
 */
public final class FrenchNumbers {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2),
            Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
            Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14),
            Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20), Map.entry("vingts", 20),
            Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50),
            Map.entry("soixante", 60), Map.entry("septante", 70), Map.entry("octante", 80),
            Map.entry("nonante", 90));
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("premier", 1), Map.entry("premiere", 1), Map.entry("second", 2), Map.entry("seconde", 2),
            Map.entry("deuxieme", 2), Map.entry("troisieme", 3), Map.entry("quatrieme", 4),
            Map.entry("cinquieme", 5), Map.entry("sixieme", 6), Map.entry("septieme", 7), Map.entry("huitieme", 8),
            Map.entry("neuvieme", 9), Map.entry("dixieme", 10));
    /** One word of a number written in letters (folded). */
    public static final String WORD = "(?:zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
            + "|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|octante|nonante|cents?"
            + "|mille)";
    /** A number in letters, hyphens or spaces between its words ("soixante-dix", "vingt et un"). */
    public static final String WORDS = WORD + "(?:(?:-| et | |-et-)" + WORD + ")*";
    /** An ordinal as digits ("1er", "2ème", "3e", "2nd") or a word ("deuxième", "second"), folded. */
    public static final String ORDINAL = "(?:1(?:er|ere|re)|\\d{1,2}(?:e|eme|ieme|nd|nde)"
            + "|premiere?|secondes?|seconde?|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme"
            + "|neuvieme|dixieme)";
    private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d{1,2})(?:er|ere|re|e|eme|ieme|nd|nde)");
    /** The numbers from two to sixteen, written in one word: « un » and « une » are articles far more often. */
    private static final String[] IN_LETTERS = {null, null, "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
        "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};

    private FrenchNumbers() {
    }

    /** The value of a number written in letters or digits ("quatorze", "15 816", "2,5"), rounded down. */
    public static OptionalInt parse(String text) {
        String folded = Folding.fold(text).strip();
        String digits = folded.replaceAll("[\\s\\u00a0\\u202f.]", "");
        int comma = digits.indexOf(',');
        if (comma >= 0) {
            digits = digits.substring(0, comma);
        }
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            return digits.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
        }
        return words(folded);
    }

    private static OptionalInt words(String folded) {
        int total = 0;
        int current = 0;
        String previous = "";
        boolean any = false;
        for (String word : folded.split("[\\s-]+")) {
            if (word.equals("et") || word.isEmpty()) {
                continue;
            }
            if (word.equals("cent") || word.equals("cents")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (word.equals("mille")) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else {
                Integer value = UNITS.get(word);
                if (value == null) {
                    return OptionalInt.empty();
                }
                // "quatre-vingt(s)" is four twenties, not four plus twenty.
                current = value == 20 && previous.equals("quatre") ? current - 4 + 80 : current + value;
            }
            previous = word;
            any = true;
        }
        return any ? OptionalInt.of(total + current) : OptionalInt.empty();
    }

    /** The rank of an ordinal ("1er" → 1, "deuxième" → 2, "2e" → 2), if it is one. */
    public static OptionalInt ordinal(String text) {
        String folded = Folding.fold(text).strip();
        Integer word = ORDINAL_WORDS.get(folded.endsWith("s") && folded.startsWith("second")
                ? folded.substring(0, folded.length() - 1) : folded);
        if (word != null) {
            return OptionalInt.of(word);
        }
        // Asked of every word of every question: most do not start with a digit, and then cannot be one.
        if (folded.isEmpty() || folded.charAt(0) < '0' || folded.charAt(0) > '9') {
            return OptionalInt.empty();
        }
        var matcher = DIGIT_ORDINAL.matcher(folded);
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /**
     * The same number the other way it is written, for the numbers from two to sixteen: « trois » for « 3 » and « 3 »
     * for « trois » (folded); empty for any other word.
     */
    public static Optional<String> otherSpelling(String folded) {
        if (folded.length() <= 2 && !folded.isEmpty() && folded.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int value = Integer.parseInt(folded);
            return value < IN_LETTERS.length ? Optional.ofNullable(IN_LETTERS[value]) : Optional.empty();
        }
        Integer value = UNITS.get(folded);
        return value != null && value >= 2 && value < IN_LETTERS.length ? Optional.of(value.toString())
                : Optional.empty();
    }
}

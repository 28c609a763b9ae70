package fr.clsbot.text;

import java.util.regex.Pattern;

/** Years as the sources write them: four digits from 1900 to 2099, so that "2 500 habitants" holds none. */
public final class Years {
    /** A year standing as a word: "2025", "signé en 2019". */
    public static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private Years() {
    }

    /**
     * True when {@code dated} gives the day {@code day} says without its year: "5 octobre" is in "vendredi 5 octobre
     * 2018", not in "15 octobre 2018".
     */
    public static boolean sameDay(String day, String dated) {
        return Pattern.compile("(?<!\\d)" + Pattern.quote(Folding.fold(day)) + "(?![\\p{L}\\d])")
                .matcher(Folding.fold(dated)).find();
    }

    /** True when {@code number} is a year and nothing else. */
    public static boolean isYear(String number) {
        return YEAR.matcher(number).matches();
    }
}

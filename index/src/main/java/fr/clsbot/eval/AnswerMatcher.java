package fr.clsbot.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching rules of the question sets: answer and expected strings are normalised (Unicode NFKD, accents
 * removed, lower case, everything but letters and digits removed) and compared as substrings, so "15 816 €"
 * matches "15816". An answer longer than {@link #MAX_ANSWER_CHARS} never matches.
 */
public final class AnswerMatcher {
    public static final int MAX_ANSWER_CHARS = 1500;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private AnswerMatcher() {
    }

    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_ALPHANUMERIC.matcher(unaccented).replaceAll("");
    }

    /** Why {@code answer} fails {@code expected}, or null when it passes. */
    public static String failure(EvalCase expected, boolean answered, String answer) {
        if (expected.mustRefuse()) {
            return answered ? "should have said it does not know" : null;
        }
        if (!answered) {
            return "refused";
        }
        if (answer.length() > MAX_ANSWER_CHARS) {
            return "answer longer than " + MAX_ANSWER_CHARS + " characters";
        }
        String text = normalize(answer);
        for (String must : expected.expect()) {
            if (!text.contains(normalize(must))) {
                return "missing \"" + must + "\"";
            }
        }
        if (!expected.any().isEmpty() && expected.any().stream().noneMatch(s -> text.contains(normalize(s)))) {
            return "none of " + expected.any();
        }
        for (String forbidden : expected.forbid()) {
            if (text.contains(normalize(forbidden))) {
                return "forbidden \"" + forbidden + "\" (wrong territory)";
            }
        }
        return null;
    }
}

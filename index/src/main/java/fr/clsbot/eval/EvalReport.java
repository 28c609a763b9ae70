package fr.clsbot.eval;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of running a question set.
 *
 * @param failures one line per failing case, with the answer given
 */
public record EvalReport(String name, int total, int correct, int answered, int answeredCorrect, int refusalCases,
                         int refusedCorrectly, int wrongTerritory, List<String> failures) {

    public double accuracy() {
        return ratio(correct, total);
    }

    /** Of the questions the bot answered, the share it answered right. */
    public double answeredPrecision() {
        return ratio(answeredCorrect, answered);
    }

    /** Of the questions it had to refuse, the share it refused. */
    public double refusalAccuracy() {
        return ratio(refusedCorrectly, refusalCases);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    /** "accuracy 36/38 (94.7%) · answered precision …", one line. */
    public String summary() {
        return String.format(Locale.ROOT, "%s: accuracy %d/%d (%.1f%%), answered precision %d/%d (%.1f%%), "
                        + "refusal accuracy %d/%d (%.1f%%), wrong territory %d", name, correct, total,
                100 * accuracy(), answeredCorrect, answered, 100 * answeredPrecision(), refusedCorrectly,
                refusalCases, 100 * refusalAccuracy(), wrongTerritory);
    }
}

package fr.clsbot.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of running a question set.
 *
 * @param failures one line per failing case, with the answer given
 * @param results  every case's outcome, in the set's order
 */
public record EvalReport(String name, int total, int correct, int answered, int answeredCorrect, int refusalCases,
                         int refusedCorrectly, int wrongTerritory, List<String> failures, List<CaseResult> results) {
    /** Lower bounds of the confidence bands in which answered precision is reported. */
    static final double[] BANDS = {0.0, 0.5, 0.7, 0.9};

    public EvalReport {
        failures = List.copyOf(failures);
        results = List.copyOf(results);
    }

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

    /** One line per document of the set ("01_x.txt 7/8"), empty when the cases name no document. */
    public List<String> byDocument() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (CaseResult result : results) {
            if (result.doc() != null) {
                int[] count = counts.computeIfAbsent(result.doc(), d -> new int[2]);
                count[0] += result.correct() ? 1 : 0;
                count[1]++;
            }
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((doc, count) -> lines.add(String.format(Locale.ROOT, "  %s %d/%d", doc, count[0],
                count[1])));
        return lines;
    }

    /**
     * Answered precision per confidence band, so that the refusal threshold is chosen from data:
     * "[0.70, 0.90) answered 12, right 11 (91.7%)".
     */
    public List<String> confidenceBands() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            double low = BANDS[i];
            double high = i + 1 < BANDS.length ? BANDS[i + 1] : 1.01;
            int inBand = 0;
            int right = 0;
            for (CaseResult result : results) {
                if (result.answered() && result.confidence() >= low && result.confidence() < high) {
                    inBand++;
                    right += result.correct() ? 1 : 0;
                }
            }
            // An empty band has no precision: "0 of 0" is not 100 %.
            lines.add(String.format(Locale.ROOT, "  confidence [%.1f, %s answered %d, right %d (%s)", low,
                    high > 1 ? "1.0]" : String.format(Locale.ROOT, "%.1f)", high), inBand, right, inBand == 0
                    ? "none" : String.format(Locale.ROOT, "%.1f%%", 100 * ratio(right, inBand))));
        }
        return lines;
    }
}

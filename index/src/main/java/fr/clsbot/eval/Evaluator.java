package fr.clsbot.eval;

import fr.clsbot.answer.Answer;
import java.util.ArrayList;
import java.util.List;

/** Runs a question set through an {@link Answerer} and scores it with the {@link AnswerMatcher} rules. */
public final class Evaluator {
    private Evaluator() {
    }

    public static EvalReport run(String name, QuestionSet set, Answerer answerer) {
        int correct = 0;
        int answered = 0;
        int answeredCorrect = 0;
        int refusalCases = 0;
        int refusedCorrectly = 0;
        int wrongTerritory = 0;
        List<String> failures = new ArrayList<>();
        List<CaseResult> results = new ArrayList<>();
        for (EvalCase evalCase : set.cases()) {
            Answer answer = answerer.answer(evalCase.q());
            String failure = AnswerMatcher.failure(evalCase, answer.answered(), answer.text());
            results.add(new CaseResult(evalCase.doc(), failure == null, answer.answered(), answer.confidence()));
            if (answer.answered()) {
                answered++;
            }
            if (evalCase.mustRefuse()) {
                refusalCases++;
            }
            if (failure == null) {
                correct++;
                if (answer.answered()) {
                    answeredCorrect++;
                } else {
                    refusedCorrectly++;
                }
            } else {
                if (failure.startsWith("forbidden")) {
                    wrongTerritory++;
                }
                failures.add("FAIL " + (evalCase.doc() == null ? "" : "[" + evalCase.doc() + "] ") + evalCase.q() + "\n  why: " + failure + "\n  answer ("
                        + (answer.answered() ? "answered" : "refused") + ", confidence " + answer.confidence() + "): "
                        + answer.text().replace("\n", "\n    "));
            }
        }
        return new EvalReport(name, set.cases().size(), correct, answered, answeredCorrect, refusalCases,
                refusedCorrectly, wrongTerritory, failures, results);
    }
}

package fr.clsbot.eval;

import fr.clsbot.answer.Answer;
import fr.clsbot.answer.SourceRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Runs a question set through an {@link Answerer} and scores it with the {@link AnswerMatcher} rules. */
public final class Evaluator {
    /**
     * Where a knowledge base keeps the pages its contracts quote (ingest writes them there); the map of territories
     * cites its data file ("territories.bin.gz"), which is no page.
     */
    private static final String PAGES = "sources/";

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
            boolean otherPage = quotesOnlyOtherPages(evalCase, answer);
            if (failure == null && otherPage) {
                failure = "quoted from another page than " + evalCase.doc() + " (wrong territory)";
            }
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
                if (otherPage || failure.startsWith("forbidden")) {
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

    /**
     * True when a case names its page and the answer quotes pages, none of them that one: the answer comes from
     * another territory's contract even if its words happen to match. Answers that quote no page (the glossary,
     * the map of territories) are not judged.
     */
    static boolean quotesOnlyOtherPages(EvalCase evalCase, Answer answer) {
        if (evalCase.doc() == null || !answer.answered()) {
            return false;
        }
        List<String> pages = answer.sources().stream().map(SourceRef::file).filter(Objects::nonNull)
                .filter(file -> file.startsWith(PAGES)).map(Evaluator::pageName).toList();
        return !pages.isEmpty() && !pages.contains(pageName(evalCase.doc()));
    }

    /** A page's file name as ingest may have renamed it: "01_capatlantique.txt" is kept as "01-capatlantique.txt". */
    private static String pageName(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return AnswerMatcher.normalize(dot > 0 ? name.substring(0, dot) : name);
    }
}

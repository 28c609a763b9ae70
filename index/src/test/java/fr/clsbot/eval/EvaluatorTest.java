package fr.clsbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.answer.Answer;
import fr.clsbot.answer.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final EvalCase ASKED = new EvalCase("document-2.txt", "Qui préside le CLS de Brumevaux ?",
            List.of("Jean Brun"), List.of(), List.of(), false);

    @Test
    void anAnswerQuotedOnlyFromAnotherPageIsAWrongTerritoryEvenWhenItsWordsMatch() {
        EvalReport report = Evaluator.run("set", new QuestionSet("set", List.of(ASKED)),
                question -> answer("Jean Brun, président", "sources/document-4.txt"));

        assertThat(report.correct()).isZero();
        assertThat(report.wrongTerritory()).isEqualTo(1);
        assertThat(report.failures()).singleElement().asString().contains("another page");
    }

    @Test
    void anAnswerQuotingThePageAskedAboutOrNoPageIsJudgedByItsWordsOnly() {
        assertThat(Evaluator.run("set", new QuestionSet("set", List.of(ASKED)),
                question -> answer("Jean Brun, président", "sources/document-2.txt")).correct()).isEqualTo(1);
        assertThat(Evaluator.run("set", new QuestionSet("set", List.of(ASKED)),
                question -> answer("Jean Brun, président", "sources/Document_2.md")).correct()).isEqualTo(1);
        assertThat(Evaluator.run("set", new QuestionSet("set", List.of(ASKED)),
                question -> answer("Jean Brun, président", null)).wrongTerritory()).isZero();
        // The map of territories cites its data file, no page.
        assertThat(Evaluator.run("set", new QuestionSet("set", List.of(ASKED)),
                question -> answer("Jean Brun, président", "territories.bin.gz")).correct()).isEqualTo(1);
    }

    private static Answer answer(String text, String file) {
        List<SourceRef> sources = file == null ? List.of() : List.of(new SourceRef("Page", file, text));
        return new Answer("q", true, text, "brumevaux", "person", 0.9, sources, List.of(), 1, "person");
    }
}

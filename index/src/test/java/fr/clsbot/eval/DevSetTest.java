package fr.clsbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import fr.clsbot.answer.Assistant;
import fr.clsbot.knowledge.KnowledgeBase;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The bar of the engine on the development question set (a copy of the shared set): at least 36 of 38,
 * every refusal refused, never the wrong territory, and far better than plain BM25 on the same run.
 */
class DevSetTest {
    @Test
    void meetsTheBarOnTheDevelopmentSetAndBeatsTheBaseline() throws Exception {
        QuestionSet set;
        try (InputStream in = DevSetTest.class.getResourceAsStream("/eval/dev-questions.yaml")) {
            set = QuestionSet.read("dev-questions.yaml", in);
        }
        KnowledgeBase base = Fixtures.load(Fixtures.SHIPPED);
        EvalReport engine;
        EvalReport baseline;
        try (Assistant assistant = Assistant.create(base); Bm25Baseline bm25 = new Bm25Baseline(base)) {
            engine = Evaluator.run("engine", set, assistant::answer);
            baseline = Evaluator.run("baseline", set, bm25);
        }
        System.out.println(baseline.summary());
        System.out.println(engine.summary());
        engine.failures().forEach(System.out::println);

        assertThat(set.cases()).hasSize(38);
        assertThat(engine.correct()).as(engine.summary()).isGreaterThanOrEqualTo(36);
        assertThat(engine.refusalAccuracy()).isEqualTo(1.0);
        assertThat(engine.wrongTerritory()).isZero();
        assertThat(engine.accuracy()).isGreaterThan(baseline.accuracy() + 0.3);
    }
}

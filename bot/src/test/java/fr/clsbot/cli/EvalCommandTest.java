package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalCommandTest {
    private static final Path DEV_SET = Path.of("..", "index", "src", "test", "resources", "eval",
            "dev-questions.yaml");

    @Test
    void printsEngineAndBaselineSummaries() {
        CommandRun run = CommandRun.run("eval", DEV_SET.toString(), "--kb", CommandRun.SHIPPED.toString(),
                "--baseline");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("baseline \\(BM25 top passage\\): accuracy \\d+/38");
        assertThat(run.out()).containsPattern("engine: accuracy (3[6-8])/38 .*answered precision .*refusal "
                + "accuracy 5/5 .*wrong territory 0");
    }
}

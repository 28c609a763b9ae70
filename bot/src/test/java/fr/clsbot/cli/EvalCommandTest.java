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

    @Test
    void measuresExtractionAgainstAGoldFile() {
        Path gold = Path.of("..", "index", "src", "test", "resources", "extraction", "fixtures-gold.yaml");

        CommandRun run = CommandRun.run("eval", "--extraction", gold.toString(), gold.getParent().toString(), "--kb",
                CommandRun.SHIPPED.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("miscounted-axes.txt axes: missing \"4\"")
                .containsPattern("signatories +precision 10/10 \\(100\\.0%\\), recall 10/10")
                .containsPattern("overall +precision 22/22");
    }

    @Test
    void asksForTheDocumentsFolderInFrench() {
        Path gold = Path.of("..", "index", "src", "test", "resources", "extraction", "fixtures-gold.yaml");

        CommandRun run = CommandRun.run("eval", "--extraction", gold.toString(), "--kb", CommandRun.SHIPPED.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("dossier des documents").doesNotContain("Exception");
    }
}

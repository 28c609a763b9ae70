package fr.clsbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clsbot.cli.ClsBot;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a small base and reports every figure; speed itself is not asserted here. */
class BenchCommandTest {
    @TempDir
    Path temp;

    @Test
    void generatesAValidBaseAndPrintsEveryFigureAsAFinalJsonLine() throws Exception {
        StringWriter out = new StringWriter();
        var line = ClsBot.commandLine();
        line.setOut(new PrintWriter(out, true));

        int code = line.execute("bench", "--contracts", "30", "--questions", "300", "--warmup", "100",
                "--no-cold-start", "--dir", temp.toString());

        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\n");
        JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
        for (String key : List.of("contracts", "index_build_ms", "index_size_mb", "p50_ms", "p95_ms", "p99_ms",
                "max_ms", "throughput_qps", "heap_mb", "baseline_p99_ms", "p99_vs_baseline", "answered_share")) {
            assertThat(figures.has(key)).as(key).isTrue();
        }
        assertThat(figures.get("contracts").asInt()).isEqualTo(30);
        assertThat(figures.get("index_size_mb").asDouble()).isPositive();
        assertThat(figures.get("answered_share").asDouble()).as("the mix holds answerable questions").isGreaterThan(0.4);
        assertThat(new KnowledgeBaseLoader().load(temp.resolve("kb")).contracts()).hasSize(30);
    }

    @Test
    void writesTerritoryNamesWithAccentsAndHyphensAndQuestionsWithTypos() throws Exception {
        List<String> names = new SyntheticKnowledgeBase(7).write(temp.resolve("kb"), 50);
        List<String> questions = QuestionMix.generate(names, 200, 7);

        assertThat(names).doesNotHaveDuplicates().anyMatch(n -> n.contains("-")).anyMatch(n -> !n.equals(
                QuestionMix.plain(n)));
        assertThat(questions).anyMatch(q -> q.startsWith("contact presse ") && q.equals(QuestionMix.plain(q)));
        assertThat(new fr.clsbot.knowledge.KnowledgeBaseLoader().load(temp.resolve("kb")).contracts()).hasSize(50);
    }
}

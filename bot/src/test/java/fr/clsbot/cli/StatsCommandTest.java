package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.feedback.QuestionLog;
import fr.clsbot.feedback.QuestionRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir
    Path state;

    @Test
    void showsTheMostFrequentUnansweredQuestionsSinceADay() {
        QuestionLog log = QuestionLog.in(state);
        Instant now = Instant.now();
        log.append(new QuestionRecord(now.minus(Duration.ofDays(10)), "telegram", "h1", "vieux budget vichy", false,
                0.1, null, null, List.of()));
        for (String question : List.of("budget du CLS de Vichy", "Quel budget pour le CLS de Vichy ?",
                "Combien de médecins à Montluçon ?")) {
            log.append(new QuestionRecord(now, "telegram", "h2", question, false, 0.1, "funding", null, List.of()));
        }
        log.append(new QuestionRecord(now, "telegram", "h3", "axes montlucon", true, 0.95, "axes", "Montluçon",
                List.of()));

        CommandRun run = CommandRun.run("stats", "--state-dir", state.toString(), "--since",
                java.time.LocalDate.now().minusDays(2).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Questions : 4, répondues : 1", "2 × budget du CLS de Vichy",
                "1 × Combien de médecins à Montluçon ?").doesNotContain("vieux budget");
    }
}

package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.feedback.QuestionLog;
import fr.clsbot.feedback.QuestionRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's question crafted to act on the maintainer's terminal when {@code stats} prints it. */
class StatsAttackTest {
    @TempDir
    Path state;

    @Test
    void escapeSequencesTypedByUsersAreNotPrintedByStats() {
        QuestionLog.in(state).append(new QuestionRecord(Instant.now(), "telegram", "h1",
                "budget \u001b[2J\u001b]0;pwned\u0007vichy", false, 0.1, null, null, List.of()));

        CommandRun run = CommandRun.run("stats", "--state-dir", state.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 × budget vichy").doesNotContain("\u001b", "\u0007", "pwned");
    }
}

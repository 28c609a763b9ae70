package fr.clsbot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import fr.clsbot.LogCapture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionLogTest {
    @TempDir
    Path temp;

    @Test
    void appendsAndReadsBackSkippingATornLastLine() throws Exception {
        QuestionLog log = QuestionLog.in(temp);
        log.append(record("Quel est le budget du CLS de Vichy ?", false, Instant.now()));
        log.append(record("axes montlucon", true, Instant.now()));
        Files.writeString(log.file(), "{\"time\":\"2026-11-23T10:00:00Z\",\"chan", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        List<QuestionRecord> records = log.read(null);

        assertThat(records).extracting(QuestionRecord::question)
                .containsExactly("Quel est le budget du CLS de Vichy ?", "axes montlucon");
        assertThat(records.get(0).chat()).isEqualTo("a1b2c3d4e5f6");
    }

    @Test
    void staysWithinItsSizeAndRetention() throws Exception {
        QuestionLog log = new QuestionLog(temp, 4_000, Duration.ofDays(30));
        for (int i = 0; i < 200; i++) {
            log.append(record("question numéro " + i, false, Instant.now()));
        }
        log.append(record("trop ancienne", false, Instant.now().minus(Duration.ofDays(40))));

        assertThat(Files.size(log.file())).isLessThanOrEqualTo(4_000);
        assertThat(Files.size(temp.resolve(QuestionLog.FILE + ".1"))).isLessThanOrEqualTo(4_000);
        List<QuestionRecord> records = log.read(null);
        assertThat(records).extracting(QuestionRecord::question).contains("question numéro 199")
                .doesNotContain("question numéro 0", "trop ancienne");
    }

    @Test
    void cutsHugeQuestionsAndNeverThrowsWhenItCannotWrite() throws Exception {
        QuestionLog log = QuestionLog.in(temp);
        log.append(record("x".repeat(100_000), false, Instant.now()));
        assertThat(log.read(null).get(0).question()).hasSize(500);

        Path file = Files.writeString(temp.resolve("plain-file"), "not a directory");
        QuestionLog impossible = QuestionLog.in(file);
        try (LogCapture logged = LogCapture.of(QuestionLog.class)) {
            impossible.append(record("q", false, Instant.now()));

            assertThat(logged.messages(Level.WARN)).singleElement().asString().startsWith("question not recorded (")
                    .contains("plain-file");
        }
    }

    static QuestionRecord record(String question, boolean answered, Instant time) {
        return new QuestionRecord(time, "telegram", "a1b2c3d4e5f6", question, answered, answered ? 0.9 : 0.1,
                answered ? "axes" : null, answered ? "Montluçon" : null, List.of("Montluçon"));
    }
}

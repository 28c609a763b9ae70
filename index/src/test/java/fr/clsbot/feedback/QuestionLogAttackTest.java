package fr.clsbot.feedback;

import static fr.clsbot.feedback.QuestionLogTest.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questions file torn, shared with other local users, or grown to its size limit. */
class QuestionLogAttackTest {
    @TempDir
    Path state;

    @Test
    void aLineWithATornUtf8ByteIsSkippedAndTheOthersRead() throws Exception {
        QuestionLog log = QuestionLog.in(state);
        log.append(record("Quel est le budget de Montluçon ?", false, Instant.now()));
        byte[] torn = "{\"time\":\"2099-01-01T00:00:00Z\",\"question\":\"Montlu\u00e7on\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        // Cut in the middle of "ç" (two bytes in UTF-8), as a crash mid-write leaves it.
        int cedilla = new String(torn, StandardCharsets.UTF_8).indexOf('\u00e7');
        byte[] cut = new byte[cedilla + 1 + 1];
        System.arraycopy(torn, 0, cut, 0, cedilla + 1);
        cut[cut.length - 1] = '\n';
        Files.write(log.file(), cut, StandardOpenOption.APPEND);
        log.append(record("axes montlucon", true, Instant.now()));

        List<QuestionRecord> records = log.read(null);

        assertThat(records).extracting(QuestionRecord::question)
                .containsExactly("Quel est le budget de Montluçon ?", "axes montlucon");
    }

    @Test
    void theQuestionsFileIsReadableByItsOwnerOnly() throws Exception {
        Files.writeString(state.resolve(QuestionLog.FILE), "");
        Files.setPosixFilePermissions(state.resolve(QuestionLog.FILE), PosixFilePermissions.fromString("rw-r--r--"));
        QuestionLog log = QuestionLog.in(state);
        log.append(record("axes montlucon", true, Instant.now()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file()))).isEqualTo("rw-------");

        Path fresh = Files.createDirectory(state.resolve("fresh"));
        QuestionLog small = new QuestionLog(fresh, 200, Duration.ofDays(1));
        small.append(record("axes montlucon", true, Instant.now()));
        small.append(record("axes montlucon encore", true, Instant.now()));
        for (Path file : List.of(small.file(), fresh.resolve(QuestionLog.FILE + ".1"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void groupingManyQuestionsGivesTheSameGroupsAsComparingEveryPair() {
        Random random = new Random(15);
        String[] words = {"budget", "cls", "vichy", "montluçon", "médecins", "axes", "contact", "presse", "date",
                "signature", "financement", "ars", "jeunes", "santé", "mentale", "combien", "quand", "qui"};
        List<QuestionRecord> records = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder question = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(5); w++) {
                question.append(words[random.nextInt(words.length)]).append(' ');
            }
            records.add(record(random.nextInt(20) == 0 ? "?" : question.toString().strip(), false, Instant.now()));
        }

        List<UsageReport.Group> groups = new UsageReport().unanswered(records);

        assertThat(groups).usingRecursiveFieldByFieldElementComparator().isEqualTo(everyPair(records));
    }

    /** The grouping as first written: each question compared with every group before it. */
    private static List<UsageReport.Group> everyPair(List<QuestionRecord> records) {
        fr.clsbot.search.FrenchAnalysis analysis = new fr.clsbot.search.FrenchAnalysis();
        List<UsageReport.Group> groups = new ArrayList<>();
        for (QuestionRecord record : records) {
            Set<String> stems = analysis.stems(record.question());
            int match = -1;
            for (int i = 0; i < groups.size() && match < 0; i++) {
                Set<String> common = new java.util.HashSet<>(groups.get(i).stems());
                common.retainAll(stems);
                Set<String> all = new java.util.HashSet<>(groups.get(i).stems());
                all.addAll(stems);
                if (all.isEmpty() || (double) common.size() / all.size() >= 0.6) {
                    match = i;
                }
            }
            if (match < 0) {
                groups.add(new UsageReport.Group(record.question(), 1, stems));
            } else {
                UsageReport.Group group = groups.get(match);
                groups.set(match, new UsageReport.Group(group.example(), group.count() + 1, group.stems()));
            }
        }
        groups.sort(java.util.Comparator.comparingInt(UsageReport.Group::count).reversed());
        return groups;
    }
}

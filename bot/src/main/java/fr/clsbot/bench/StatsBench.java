package fr.clsbot.bench;

import fr.clsbot.feedback.QuestionLog;
import fr.clsbot.feedback.QuestionRecord;
import fr.clsbot.feedback.UsageReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times the maintainers' {@code stats} report on a generated questions file: what a busy bot accumulates before
 * the file is rotated (10 MB, about 45 000 lines). Reading and grouping are measured together, as {@code stats}
 * runs them.
 */
final class StatsBench {
    private static final int TERRITORIES = 300;

    private StatsBench() {
    }

    /** Writes {@code lines} questions into {@code directory}, then times the report; returns its figures. */
    static Map<String, Object> measure(Path directory, int lines, long seed) throws IOException {
        List<String> territories = new ArrayList<>();
        for (int i = 0; i < TERRITORIES; i++) {
            territories.add("Territoire " + i);
        }
        List<String> questions = QuestionMix.generate(territories, lines, seed);
        Random random = new Random(seed);
        QuestionLog log = QuestionLog.in(directory);
        Instant now = Instant.now();
        for (int i = 0; i < lines; i++) {
            boolean answered = random.nextInt(10) < 7;
            log.append(new QuestionRecord(now.minusSeconds(lines - i), "telegram", Integer.toHexString(i % 997),
                    questions.get(i), answered, answered ? 0.9 : 0.2, answered ? "axes" : null,
                    territories.get(random.nextInt(TERRITORIES)), List.of()));
        }
        long start = System.nanoTime();
        List<QuestionRecord> records = log.read(null);
        String report = new UsageReport().render(records, 20);
        long millis = Math.round((System.nanoTime() - start) / 1e6);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("stats_lines", lines);
        figures.put("stats_records", records.size());
        figures.put("stats_report_chars", report.length());
        figures.put("stats_ms", millis);
        return figures;
    }
}

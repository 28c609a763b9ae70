package fr.clsbot.feedback;

import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.text.Plural;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the maintainers need to improve the knowledge base: how often the bot answers, by intent and by territory,
 * and the questions it could not answer, most frequent first, paraphrases grouped together (questions whose
 * content words mostly coincide once folded and stemmed).
 */
public final class UsageReport {
    private static final double SAME_QUESTION = 0.6;

    /** Unanswered questions that say the same thing. */
    public record Group(String example, int count, Set<String> stems) {
    }

    /** Longest question shown in the report: a maintainer reads a list, not the 500-character messages. */
    static final int SHOWN_CHARS = 100;

    private final FrenchAnalysis analysis = new FrenchAnalysis();

    public String render(List<QuestionRecord> records, int topUnanswered) {
        StringBuilder text = new StringBuilder();
        long answered = records.stream().filter(QuestionRecord::answered).count();
        text.append("Questions : ").append(records.size()).append(", répondues : ").append(answered)
                .append(percent(answered, records.size())).append('\n');
        text.append("\nTaux de réponse par intention :\n");
        rates(records, r -> r.intent() == null ? "(non reconnue)" : r.intent()).forEach(text::append);
        text.append("\nTaux de réponse par territoire :\n");
        rates(records, r -> r.territory() == null ? "(aucun)" : r.territory()).forEach(text::append);
        List<Group> groups = unanswered(records);
        text.append("\nQuestions sans bonne réponse (les plus fréquentes) :\n");
        if (groups.isEmpty()) {
            text.append("  aucune\n");
        }
        groups.stream().limit(topUnanswered).forEach(g -> text.append(String.format(Locale.ROOT, "  %3d × %s%n",
                g.count(), shortened(g.example()))));
        return text.toString();
    }

    /** A question on one line of at most {@link #SHOWN_CHARS} characters, cut between words. */
    static String shortened(String question) {
        String line = question.replaceAll("\\s+", " ").strip();
        if (line.length() <= SHOWN_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', SHOWN_CHARS - 1);
        return line.substring(0, cut > SHOWN_CHARS / 2 ? cut : SHOWN_CHARS - 1).strip() + "…";
    }

    /** Unanswered or low-confidence questions, grouped by paraphrase, most frequent first. */
    public List<Group> unanswered(List<QuestionRecord> records) {
        List<Group> groups = new ArrayList<>();
        for (QuestionRecord record : records) {
            if (!record.unanswered() || record.question() == null || record.question().isBlank()) {
                continue;
            }
            Set<String> stems = analysis.stems(record.question());
            int match = -1;
            for (int i = 0; i < groups.size(); i++) {
                if (similarity(groups.get(i).stems(), stems) >= SAME_QUESTION) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                groups.add(new Group(record.question(), 1, stems));
            } else {
                Group group = groups.get(match);
                groups.set(match, new Group(group.example(), group.count() + 1, group.stems()));
            }
        }
        groups.sort(Comparator.comparingInt(Group::count).reversed());
        return groups;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) common.size() / all.size();
    }

    private static List<String> rates(List<QuestionRecord> records,
                                      java.util.function.Function<QuestionRecord, String> key) {
        Map<String, long[]> counts = new TreeMap<>();
        for (QuestionRecord record : records) {
            long[] count = counts.computeIfAbsent(key.apply(record), k -> new long[2]);
            count[0]++;
            if (record.answered()) {
                count[1]++;
            }
        }
        Map<String, long[]> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        List<String> lines = new ArrayList<>();
        sorted.forEach((name, count) -> lines.add(String.format(Locale.ROOT, "  %-28s %15s%s%n", name,
                Plural.of(count[0], "question"), percent(count[1], count[0]))));
        return lines;
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + " % répondues)";
    }
}

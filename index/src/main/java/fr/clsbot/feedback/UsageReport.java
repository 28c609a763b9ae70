package fr.clsbot.feedback;

import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.text.Plural;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    /**
     * Unanswered or low-confidence questions, grouped by paraphrase, most frequent first. Each question joins the
     * first group whose example it resembles enough (Jaccard similarity of stems), else starts a new group.
     *
     * <p>Linear in practice, whatever the size of the log: repeated questions are stemmed once, and a question is
     * compared only with the groups sharing one of its rarest stems ("prefix filtering": two sets whose similarity
     * reaches the threshold must share one of the first {@code n - ceil(t × n) + 1} stems of each, when all sets list
     * their stems in one global order, rarest first). Comparing with every group made 10 000 lines take 28 s.
     */
    public List<Group> unanswered(List<QuestionRecord> records) {
        Map<String, Set<String>> stemsOf = new HashMap<>();
        List<Set<String>> questions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (QuestionRecord record : records) {
            if (!record.unanswered() || record.question() == null || record.question().isBlank()) {
                continue;
            }
            Set<String> stems = stemsOf.computeIfAbsent(record.question(), analysis::stems);
            questions.add(stems);
            texts.add(record.question());
            stems.forEach(stem -> frequency.merge(stem, 1, Integer::sum));
        }
        Comparator<String> rarestFirst = Comparator.<String>comparingInt(frequency::get)
                .thenComparing(Comparator.naturalOrder());
        List<Group> groups = new ArrayList<>();
        Map<String, List<Integer>> groupsByPrefixStem = new HashMap<>();
        int emptyGroup = -1;
        for (int q = 0; q < questions.size(); q++) {
            Set<String> stems = questions.get(q);
            List<String> prefix = prefix(stems, rarestFirst);
            int match = -1;
            for (String stem : prefix) {
                for (int candidate : groupsByPrefixStem.getOrDefault(stem, List.of())) {
                    if ((match < 0 || candidate < match)
                            && similarity(groups.get(candidate).stems(), stems) >= SAME_QUESTION) {
                        match = candidate;
                        // The lists are in creation order: later groups of this list cannot come first.
                        break;
                    }
                }
            }
            if (stems.isEmpty()) {
                // Questions with no content word ("?", "bonjour") resemble each other only: they share one group.
                match = emptyGroup;
            }
            if (match < 0) {
                groups.add(new Group(texts.get(q), 1, stems));
                int created = groups.size() - 1;
                if (stems.isEmpty()) {
                    emptyGroup = created;
                }
                prefix.forEach(stem -> groupsByPrefixStem.computeIfAbsent(stem, s -> new ArrayList<>()).add(created));
            } else {
                Group group = groups.get(match);
                groups.set(match, new Group(group.example(), group.count() + 1, group.stems()));
            }
        }
        groups.sort(Comparator.comparingInt(Group::count).reversed());
        return groups;
    }

    /** The stems a similar set must share at least one of, rarest first. */
    private static List<String> prefix(Set<String> stems, Comparator<String> rarestFirst) {
        int length = stems.size() - (int) Math.ceil(SAME_QUESTION * stems.size()) + 1;
        return stems.stream().sorted(rarestFirst).limit(Math.max(0, length)).toList();
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

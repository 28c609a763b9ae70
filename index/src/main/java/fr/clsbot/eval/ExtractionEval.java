package fr.clsbot.eval;

import fr.clsbot.entity.Entity;
import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.entity.EntityType;
import fr.clsbot.ingest.ContractExtractor;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Figure;
import fr.clsbot.knowledge.Party;
import fr.clsbot.text.Folding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures fact extraction against a gold file: for each kind of fact (territory, period, signing date, signatories,
 * axes count, key counts) the precision (facts extracted that are right) and the recall (expected facts extracted).
 * Names match when one contains the other once folded (accents, case, articles and punctuation removed), so "la CPAM
 * Haute-Marne" matches "CPAM Haute-Marne"; a signing date matches when the expected one stands in it ("22 mars" in
 * "vendredi 22 mars"). A signatory is compared as printed (its quote), before the glossary expands an acronym.
 */
public final class ExtractionEval {
    /** The counted nouns whose counts are key facts, folded as the entity recogniser gives them. */
    public static final Set<String> KEY_NOUNS = Set.of("fiches", "fiches-actions", "actions", "communes", "habitants",
            "signataires", "cosignataires", "co-signataires", "partenaires", "acteurs", "mesures", "axes");
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l");
    public static final List<String> KINDS = List.of("territory", "period", "signing", "signatories", "axes",
            "counts");

    /** Right, wrong and expected facts of one kind. */
    public static final class Score {
        int right;
        int extracted;
        int expected;

        public double precision() {
            return extracted == 0 ? 1 : (double) right / extracted;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) right / expected;
        }

        String line(String kind) {
            return String.format(java.util.Locale.ROOT, "%-12s precision %d/%d (%.1f%%), recall %d/%d (%.1f%%)", kind,
                    right, extracted, 100 * precision(), right, expected, 100 * recall());
        }
    }

    /** The scores per kind, overall, and each mistake as a line naming its page. */
    public record Report(Map<String, Score> byKind, Score overall, List<String> mistakes) {
        public List<String> lines() {
            List<String> lines = new ArrayList<>(mistakes);
            byKind.forEach((kind, score) -> lines.add(score.line(kind)));
            lines.add(overall.line("overall"));
            return lines;
        }
    }

    private final ContractExtractor extractor;
    private final EntityRecognizer recognizer = new EntityRecognizer();

    public ExtractionEval(ContractExtractor extractor) {
        this.extractor = extractor;
    }

    /** Extracts each page of the gold from {@code documents} and scores the facts. */
    public Report run(ExtractionGold gold, Path documents) throws IOException {
        Map<String, Score> byKind = new LinkedHashMap<>();
        KINDS.forEach(kind -> byKind.put(kind, new Score()));
        List<String> mistakes = new ArrayList<>();
        for (Map.Entry<String, ExtractionGold.Page> entry : gold.pages().entrySet()) {
            Path file = documents.resolve(entry.getKey());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Contract draft = extractor.extract(text, "sources/document.txt", null, "document");
            Scorer scorer = new Scorer(entry.getKey(), byKind, mistakes);
            score(entry.getValue(), draft, scorer);
        }
        Score overall = new Score();
        for (Score score : byKind.values()) {
            overall.right += score.right;
            overall.extracted += score.extracted;
            overall.expected += score.expected;
        }
        return new Report(byKind, overall, mistakes);
    }

    private void score(ExtractionGold.Page page, Contract draft, Scorer scorer) {
        scorer.single("territory", draft.territory() == null ? null : draft.territory().name(), page.territory(),
                ExtractionEval::sameName);
        scorer.single("period", draft.period() == null ? null : draft.period().label(), page.period(), String::equals);
        String signing = draft.signing() != null && draft.signing().known() ? draft.signing().date() : null;
        scorer.single("signing", signing, page.signing(), (found, expected) -> key(found).contains(key(expected)));
        scorer.many("signatories", draft.signatories().stream().map(Party::quote).toList(), page.signatories(),
                ExtractionEval::sameName);
        scorer.single("axes", draft.axes().isEmpty() ? null : String.valueOf(draft.axes().size()),
                page.axes() == null ? null : String.valueOf(page.axes()), String::equals);
        List<String> counts = new ArrayList<>();
        for (Figure figure : draft.figures()) {
            if ("count".equals(figure.kind())) {
                for (Entity entity : recognizer.find(figure.value())) {
                    if (entity.type() == EntityType.COUNT && KEY_NOUNS.contains(entity.detail())) {
                        counts.add(entity.value() + " " + entity.detail());
                    }
                }
            }
        }
        List<String> expected = page.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList();
        scorer.many("counts", counts, expected, String::equals);
    }

    /** Scores one page's facts into the totals. */
    private record Scorer(String page, Map<String, Score> byKind, List<String> mistakes) {
        void single(String kind, String found, String expected, java.util.function.BiPredicate<String, String> same) {
            many(kind, found == null ? List.of() : List.of(found), expected == null ? List.of() : List.of(expected),
                    same);
        }

        void many(String kind, List<String> found, List<String> expected,
                  java.util.function.BiPredicate<String, String> same) {
            Score score = byKind.get(kind);
            score.extracted += found.size();
            score.expected += expected.size();
            Set<Integer> matched = new HashSet<>();
            for (String fact : found) {
                int match = -1;
                for (int i = 0; i < expected.size() && match < 0; i++) {
                    if (!matched.contains(i) && same.test(fact, expected.get(i))) {
                        match = i;
                    }
                }
                if (match >= 0) {
                    matched.add(match);
                    score.right++;
                } else {
                    mistakes.add(page + " " + kind + ": wrong \"" + fact + "\"");
                }
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!matched.contains(i)) {
                    mistakes.add(page + " " + kind + ": missing \"" + expected.get(i) + "\"");
                }
            }
        }
    }

    private static boolean sameName(String found, String expected) {
        String a = key(found);
        String b = key(expected);
        return !a.isEmpty() && !b.isEmpty() && ((" " + a + " ").contains(" " + b + " ")
                || (" " + b + " ").contains(" " + a + " "));
    }

    private static String key(String text) {
        List<String> words = new ArrayList<>(List.of(Folding.fold(text).replaceAll("[^a-z0-9]+", " ").strip()
                .split(" ")));
        words.removeIf(word -> ARTICLES.contains(word));
        return String.join(" ", words);
    }
}

package fr.clsbot.answer;

import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.text.StopWords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises what a question asks for by matching it against the example questions of {@code intents.yaml},
 * analysed like the knowledge base (folded, stemmed). An example counts by the share of its words the question
 * holds, weighted by how rare each word is among examples, so "quand … signé" beats a bare "quand".
 */
final class IntentClassifier {
    private static final double MIN_OVERLAP = 0.5;

    private record Example(Intent intent, Set<String> stems) {
    }

    private final FrenchAnalysis analysis;
    private final List<Example> examples = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, Set<String>> vocabularyOf = new HashMap<>();
    private final Set<String> words = new LinkedHashSet<>();

    IntentClassifier(IntentCatalog catalog, FrenchAnalysis analysis) {
        this.analysis = analysis;
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Intent intent : catalog.intents()) {
            Set<String> vocabulary = new HashSet<>();
            for (String text : intent.examples()) {
                Set<String> stems = stems(analysis.words(text));
                examples.add(new Example(intent, stems));
                vocabulary.addAll(stems);
                stems.forEach(stem -> documentFrequency.merge(stem, 1, Integer::sum));
                words.addAll(analysis.words(text));
            }
            vocabularyOf.put(intent.name(), Set.copyOf(vocabulary));
        }
        documentFrequency.forEach((stem, df) -> idf.put(stem, Math.log(1.0 + (double) examples.size() / df)));
    }

    /** The folded words of every example, for the spelling vocabulary. */
    Set<String> words() {
        return words;
    }

    /** The stems of an intent's examples: words that say what is asked, not what it is about. */
    Set<String> vocabulary(Intent intent) {
        return vocabularyOf.getOrDefault(intent.name(), Set.of());
    }

    /**
     * The intents of a question given as folded words (territory names removed) an example of which fits well
     * enough, best first (each intent once, by its best example).
     */
    List<IntentMatch> rank(Collection<String> foldedWords) {
        Set<String> question = stems(foldedWords);
        Map<String, double[]> best = new HashMap<>();
        Map<String, Intent> intents = new HashMap<>();
        for (Example example : examples) {
            double total = 0;
            double matched = 0;
            for (String stem : example.stems()) {
                double weight = idf.getOrDefault(stem, 1.0);
                total += weight;
                if (question.contains(stem)) {
                    matched += weight;
                }
            }
            if (total == 0 || matched == 0) {
                continue;
            }
            double overlap = matched / total;
            double score = overlap * overlap * matched;
            String name = example.intent().name();
            if (overlap >= MIN_OVERLAP && score > best.getOrDefault(name, new double[] {0, 0})[0]) {
                best.put(name, new double[] {score, overlap});
                intents.put(name, example.intent());
            }
        }
        List<IntentMatch> ranked = new ArrayList<>();
        best.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> ranked.add(new IntentMatch(intents.get(e.getKey()), e.getValue()[1])));
        return ranked;
    }

    private Set<String> stems(Collection<String> foldedWords) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : foldedWords) {
            if (!StopWords.contains(word) || StopWords.INTERROGATIVES.contains(word)) {
                stems.add(analysis.stem(word));
            }
        }
        return stems;
    }
}

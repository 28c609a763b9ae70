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
    /**
     * What an example made only of generic words ("Quels territoires ont un contrat local de santé ?") weighs: it fits
     * any question about a contract, so it wins only where no example fits by the words that tell intents apart.
     */
    private static final double GENERIC_ONLY = 0.25;

    /** An example question: its stems with their weights, and the sum of those, worked out once. */
    private record Example(Intent intent, String[] stems, double[] weights, double total) {
    }

    private final FrenchAnalysis analysis;
    private final List<Example> examples = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, Set<String>> vocabularyOf = new HashMap<>();
    private final Set<String> words = new LinkedHashSet<>();
    /**
     * Stems of the words every question about a contract may hold ("contrat local de santé"): an example they alone
     * match tells no intent.
     */
    private final Set<String> generic = new HashSet<>();

    IntentClassifier(IntentCatalog catalog, FrenchAnalysis analysis) {
        this.analysis = analysis;
        catalog.generic().forEach(word -> analysis.words(word).forEach(w -> generic.add(analysis.stem(w))));
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<Intent> intentOfExample = new ArrayList<>();
        List<Set<String>> stemsOfExample = new ArrayList<>();
        for (Intent intent : catalog.intents()) {
            Set<String> vocabulary = new HashSet<>();
            for (String text : intent.examples()) {
                Set<String> stems = stems(analysis.words(text));
                intentOfExample.add(intent);
                stemsOfExample.add(stems);
                vocabulary.addAll(stems);
                stems.forEach(stem -> documentFrequency.merge(stem, 1, Integer::sum));
                words.addAll(analysis.words(text));
            }
            vocabularyOf.put(intent.name(), Set.copyOf(vocabulary));
        }
        documentFrequency.forEach((stem, df) -> idf.put(stem, Math.log(1.0 + (double) stemsOfExample.size() / df)));
        for (int e = 0; e < stemsOfExample.size(); e++) {
            String[] stems = stemsOfExample.get(e).toArray(String[]::new);
            double[] weights = new double[stems.length];
            double total = 0;
            for (int i = 0; i < stems.length; i++) {
                weights[i] = idf.getOrDefault(stems[i], 1.0);
                total += weights[i];
            }
            examples.add(new Example(intentOfExample.get(e), stems, weights, total));
        }
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
            double total = example.total();
            double matched = 0;
            double specificMatched = 0;
            boolean specificExample = false;
            String[] stems = example.stems();
            for (int i = 0; i < stems.length; i++) {
                specificExample |= !generic.contains(stems[i]);
                if (question.contains(stems[i])) {
                    matched += example.weights()[i];
                    if (!generic.contains(stems[i])) {
                        specificMatched += example.weights()[i];
                    }
                }
            }
            // "orientations du contrat local de santé" is not matched by "contrat local de santé" alone; "quels CLS",
            // made of nothing else, is.
            if (total == 0 || matched == 0 || specificExample && specificMatched == 0) {
                continue;
            }
            double overlap = matched / total;
            // "qui sont les signataires du contrat local de santé" holds all of "qui anime le contrat local de santé"
            // but its one specific word: the words that tell intents apart weigh the match.
            double score = overlap * overlap * (specificExample ? specificMatched : GENERIC_ONLY * matched);
            String name = example.intent().name();
            if (overlap >= MIN_OVERLAP && score > best.getOrDefault(name, new double[] {0, 0})[0]) {
                best.put(name, new double[] {score, overlap});
                intents.put(name, example.intent());
            }
        }
        List<IntentMatch> ranked = new ArrayList<>();
        best.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> ranked.add(new IntentMatch(intents.get(e.getKey()), e.getValue()[1], e.getValue()[0])));
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

package fr.clsbot.answer;

import fr.clsbot.search.Concept;
import fr.clsbot.search.FactIndex;
import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.search.Synonyms;
import fr.clsbot.search.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a question: finds the territories it names, corrects its spelling against the knowledge base's own
 * vocabulary, groups words into concepts with their synonyms, spots unknown places, and recognises the intent.
 */
final class QuestionReader {
    /** Words after which an unknown capitalised or unknown word is taken for a place name. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("de", "du", "d", "a", "en", "sur", "cls", "chez",
            "vers", "pour");

    private final FrenchAnalysis analysis;
    private final FactIndex index;
    private final Synonyms synonyms;
    private final TerritoryMatcher territories;
    private final IntentClassifier classifier;
    private final Set<String> generic;

    QuestionReader(FrenchAnalysis analysis, FactIndex index, Synonyms synonyms, TerritoryMatcher territories,
                   IntentClassifier classifier, Set<String> generic) {
        this.analysis = analysis;
        this.index = index;
        this.synonyms = synonyms;
        this.territories = territories;
        this.classifier = classifier;
        this.generic = generic;
    }

    /** The stems of an intent's examples. */
    Set<String> intentVocabulary(Intent intent) {
        return classifier.vocabulary(intent);
    }

    Question read(String text) {
        List<Token> tokens = analysis.tokens(text);
        List<TerritoryMention> mentions = territories.find(tokens);
        Set<Integer> territoryPositions = new HashSet<>();
        mentions.forEach(m -> territoryPositions.addAll(m.positions()));

        List<String> words = new ArrayList<>();
        List<String> unknownPlaces = new ArrayList<>();
        List<String> unknownWords = new ArrayList<>();
        for (Token token : tokens) {
            if (territoryPositions.contains(token.position())) {
                words.add(null);
                continue;
            }
            String word = token.text();
            if (analysis.isStopWord(word) || token.number() || index.knows(word)) {
                words.add(word);
                continue;
            }
            String corrected = token.capitalized() && token.position() > 0 ? null : index.correct(word).orElse(null);
            if (corrected != null) {
                words.add(corrected);
                continue;
            }
            words.add(word);
            unknownWords.add(token.original());
            String previous = token.position() == 0 ? "" : tokens.get(token.position() - 1).text();
            if ((token.capitalized() && token.position() > 0) || PLACE_PREPOSITIONS.contains(previous)) {
                unknownPlaces.add(token.original());
            }
        }
        List<Concept> concepts = concepts(tokens, words);
        List<String> intentWords = words.stream().filter(w -> w != null).toList();
        return new Question(text, tokens, mentions, unknownPlaces, unknownWords, concepts,
                classifier.rank(intentWords));
    }

    /** Groups the words (null where a territory stood) into concepts, longest synonym expressions first. */
    private List<Concept> concepts(List<Token> tokens, List<String> words) {
        List<Concept> concepts = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        int i = 0;
        while (i < words.size()) {
            if (words.get(i) == null) {
                i++;
                continue;
            }
            int length = longestExpression(words, i);
            List<String> expression = words.subList(i, i + length);
            if (length > 1 || !(analysis.isStopWord(expression.get(0)) || generic.contains(expression.get(0)))) {
                if (!allGeneric(expression) && seen.add(List.copyOf(expression))) {
                    String label = tokens.get(i).original() + (length > 1
                            ? " " + String.join(" ", tokens.subList(i + 1, i + length).stream()
                            .map(Token::original).toList()) : "");
                    concepts.add(concept(label, expression, tokens.get(i).number()));
                }
            }
            i += length;
        }
        return concepts;
    }

    private int longestExpression(List<String> words, int start) {
        for (int length = Math.min(synonyms.longest(), words.size() - start); length > 1; length--) {
            List<String> candidate = words.subList(start, start + length);
            if (!candidate.contains(null) && synonyms.knows(candidate)) {
                return length;
            }
        }
        return 1;
    }

    private boolean allGeneric(List<String> expression) {
        return expression.stream().allMatch(w -> generic.contains(w) || analysis.isStopWord(w));
    }

    private Concept concept(String label, List<String> expression, boolean number) {
        Set<List<String>> alternatives = new LinkedHashSet<>();
        alternatives.add(stems(expression));
        for (List<String> equivalent : synonyms.equivalents(List.copyOf(expression))) {
            List<String> stems = stems(equivalent);
            if (!stems.isEmpty()) {
                alternatives.add(stems);
            }
        }
        alternatives.removeIf(List::isEmpty);
        if (alternatives.isEmpty()) {
            alternatives.add(List.of(analysis.stem(expression.get(0))));
        }
        return new Concept(label, List.copyOf(expression), List.copyOf(alternatives), number);
    }

    private List<String> stems(List<String> words) {
        return words.stream().filter(w -> !analysis.isStopWord(w)).map(analysis::stem).toList();
    }
}

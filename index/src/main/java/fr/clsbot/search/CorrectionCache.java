package fr.clsbot.search;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers spelling corrections, including "no correction": building a Levenshtein automaton costs far more than
 * the rest of a question, and users misspell the same words again and again. Bounded: emptied when full.
 */
final class CorrectionCache {
    private final int capacity;
    private final Map<String, Optional<String>> corrections = new ConcurrentHashMap<>();

    CorrectionCache(int capacity) {
        this.capacity = capacity;
    }

    Optional<String> get(String word, Function<String, Optional<String>> correct) {
        Optional<String> known = corrections.get(word);
        if (known != null) {
            return known;
        }
        Optional<String> correction = correct.apply(word);
        if (corrections.size() >= capacity) {
            corrections.clear();
        }
        corrections.put(word, correction);
        return correction;
    }
}

package fr.clsbot.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a costly lookup gave for a word or a phrase, including "nothing": users type the same words again
 * and again (a spelling correction builds a Levenshtein automaton; a place name is looked up under several
 * spellings). Bounded: emptied when full. Thread-safe.
 *
 * @param <V> what the lookup gives, never null (an empty list or {@code Optional} says "nothing")
 */
public final class WordMemo<V> {
    private final int capacity;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    public WordMemo(int capacity) {
        this.capacity = capacity;
    }

    /** The value remembered for {@code word}, else {@code lookup}'s, then remembered. */
    public V get(String word, Function<String, V> lookup) {
        V known = values.get(word);
        if (known != null) {
            return known;
        }
        V value = lookup.apply(word);
        if (values.size() >= capacity) {
            values.clear();
        }
        values.put(word, value);
        return value;
    }
}

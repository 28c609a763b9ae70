package fr.clsbot.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that forgets its eldest entry past a capacity, eldest by last access or by insertion. Not thread-safe. */
final class BoundedMap<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    BoundedMap(int capacity, boolean byAccess) {
        super(256, 0.75f, byAccess);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}

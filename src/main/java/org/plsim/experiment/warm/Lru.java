package org.plsim.experiment.warm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small least-recently-used map, safe for concurrent callers (every access holds the lock; values are
 * computed outside it). Capacity 0 keeps nothing. The warm runner keeps its plans and results in it, the explorer
 * its pages' projections and markup.
 */
public final class Lru<K, V> {
    private final int capacity;
    private final LinkedHashMap<K, V> map;
    private long hits;
    private long misses;

    public Lru(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity + " < 0");
        }
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > Lru.this.capacity;
            }
        };
    }

    /** The value kept for {@code key}, or null; counts a hit or a miss. */
    public synchronized V get(K key) {
        V v = map.get(key);
        if (v == null) {
            misses++;
        } else {
            hits++;
        }
        return v;
    }

    /**
     * Keeps {@code value} unless a value for {@code key} arrived meanwhile; returns the one kept (so callers that
     * computed the same key at once all return one object).
     */
    public synchronized V putIfAbsent(K key, V value) {
        if (capacity == 0) {
            return value;
        }
        V old = map.putIfAbsent(key, value);
        return old != null ? old : value;
    }

    synchronized int size() {
        return map.size();
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }

    synchronized void clear() {
        map.clear();
    }
}

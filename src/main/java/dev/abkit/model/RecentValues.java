package dev.abkit.model;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values computed lately, kept per thread and forgotten all at once when {@code capacity} are kept: for pure functions
 * that the generators and models ask again and again with the same arguments (label hashes, head hashes).
 */
public final class RecentValues<K, V> {
    private final int capacity;
    private final Function<K, V> compute;
    private final ThreadLocal<Map<K, V>> kept = ThreadLocal.withInitial(HashMap::new);

    public RecentValues(int capacity, Function<K, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
    }

    public V get(K key) {
        Map<K, V> values = kept.get();
        V value = values.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (values.size() >= capacity) {
                values.clear();
            }
            values.put(key, value);
        }
        return value;
    }
}

package dev.relate.examples.runtime.property;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A map in insertion order whose every access ticks {@link Faults}: a user's map that may throw
 * anywhere, and whose order an undo must restore.
 */
final class FaultyMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> entries = new LinkedHashMap<>();

    @Override
    public V get(Object key) {
        Faults.tick();
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        Faults.tick();
        return entries.containsKey(key);
    }

    @Override
    public V put(K key, V value) {
        Faults.tick();
        return entries.put(key, value);
    }

    @Override
    public V remove(Object key) {
        Faults.tick();
        return entries.remove(key);
    }

    @Override
    public void clear() {
        Faults.tick();
        entries.clear();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public int size() {
                return entries.size();
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                Iterator<Map.Entry<K, V>> it = entries.entrySet().iterator();
                return new Iterator<Map.Entry<K, V>>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Map.Entry<K, V> next() {
                        Faults.tick();
                        return it.next();
                    }

                    @Override
                    public void remove() {
                        Faults.tick();
                        it.remove();
                    }
                };
            }
        };
    }
}

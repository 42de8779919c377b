package dev.relate.examples.runtime.maps;

import java.util.LinkedHashMap;

/** A map that throws once, the next time it is asked to put or remove, when armed: a user's map that fails. */
public class FaultyMap<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;

    /** Whether the next {@code put} throws. */
    boolean failPut;
    /** Whether the next {@code remove} throws. */
    boolean failRemove;

    @Override
    public V put(K key, V value) {
        if (failPut) {
            failPut = false;
            throw new IllegalStateException("put refused");
        }
        return super.put(key, value);
    }

    /** Puts each entry with {@link #put}, so that an armed fault fires here too. */
    @Override
    public void putAll(java.util.Map<? extends K, ? extends V> m) {
        for (java.util.Map.Entry<? extends K, ? extends V> entry : m.entrySet()) {
            put(entry.getKey(), entry.getValue());
        }
    }

    @Override
    public V remove(Object key) {
        if (failRemove) {
            failRemove = false;
            throw new IllegalStateException("remove refused");
        }
        return super.remove(key);
    }
}

package dev.relate.examples.runtime.property;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a map-keyed one-to-many end should hold, computed without relate: each owner's entries and
 * each element's owner. Each operation either returns the exception it must refuse with (nothing
 * changed), or applies itself and returns null.
 *
 * @param <O> the owner class
 * @param <K> the key type
 * @param <E> the element class
 */
final class MapModel<O, K, E> {
    private final Function<E, K> keyOf;
    final Map<O, Map<K, E>> maps = new IdentityHashMap<>();
    final Map<E, O> owners = new IdentityHashMap<>();

    /** @param keyOf reads an element's key attribute as it is now */
    MapModel(List<O> ownerList, Function<E, K> keyOf) {
        this.keyOf = keyOf;
        for (O owner : ownerList) {
            maps.put(owner, new LinkedHashMap<>());
        }
    }

    private Object locate(Map<K, E> map, E element) {
        for (Map.Entry<K, E> entry : map.entrySet()) {
            if (entry.getValue() == element) {
                return entry.getKey();
            }
        }
        return NONE;
    }

    private static final Object NONE = new Object();

    Class<? extends RuntimeException> add(O owner, E element) {
        K key = keyOf.apply(element);
        if (key == null) {
            return NullPointerException.class;
        }
        putUnder(owner, key, element);
        return null;
    }

    private void putUnder(O owner, K key, E element) {
        Map<K, E> map = maps.get(owner);
        if (map.get(key) == element) {
            return;
        }
        O previous = owners.get(element);
        E displaced = map.get(key);
        if (displaced != null && owners.get(displaced) == owner) {
            owners.remove(displaced);
        }
        Map<K, E> from = previous == owner ? map : previous == null ? null : maps.get(previous);
        Object stale = from == null ? NONE : locate(from, element);
        map.put(key, element);
        owners.put(element, owner);
        if (stale != NONE) {
            from.remove(stale);
        }
    }

    Class<? extends RuntimeException> put(O owner, K key, E element) {
        K own = keyOf.apply(element);
        if (own == null) {
            return NullPointerException.class;
        }
        if (key == null || !key.equals(own)) {
            return IllegalArgumentException.class;
        }
        putUnder(owner, key, element);
        return null;
    }

    Class<? extends RuntimeException> putAll(O owner, List<K> keys, List<E> elements) {
        for (int i = 0; i < keys.size(); i++) {
            K own = keyOf.apply(elements.get(i));
            if (own == null) {
                return NullPointerException.class;
            }
            if (keys.get(i) == null || !keys.get(i).equals(own)) {
                return IllegalArgumentException.class;
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            putUnder(owner, keys.get(i), elements.get(i));
        }
        return null;
    }

    Class<? extends RuntimeException> assign(E element, O owner) {
        O previous = owners.get(element);
        if (previous == owner) {
            return null;
        }
        if (owner != null) {
            return add(owner, element);
        }
        remove(previous, element);
        return null;
    }

    void remove(O owner, E element) {
        if (owners.get(element) != owner) {
            return;
        }
        Map<K, E> map = maps.get(owner);
        Object key = locate(map, element);
        if (key == NONE) {
            return;
        }
        owners.remove(element);
        map.remove(key);
    }

    void removeMatching(O owner, Predicate<Map.Entry<K, E>> filter) {
        Map<K, E> map = maps.get(owner);
        for (Map.Entry<K, E> entry : new ArrayList<>(map.entrySet())) {
            if (filter.test(entry)) {
                map.remove(entry.getKey());
                if (owners.get(entry.getValue()) == owner) {
                    owners.remove(entry.getValue());
                }
            }
        }
    }

    Class<? extends RuntimeException> replace(O owner, List<E> elements) {
        List<E> incoming = new ArrayList<>();
        Set<E> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (E element : elements) {
            if (kept.add(element)) {
                incoming.add(element);
            }
        }
        Map<K, E> byKey = new LinkedHashMap<>();
        for (E element : incoming) {
            K key = keyOf.apply(element);
            if (key == null) {
                return NullPointerException.class;
            }
            if (byKey.put(key, element) != null) {
                return IllegalArgumentException.class;
            }
        }
        Map<K, E> map = maps.get(owner);
        for (E element : map.values()) {
            if (!kept.contains(element) && owners.get(element) == owner) {
                owners.remove(element);
            }
        }
        for (E element : incoming) {
            O previous = owners.get(element);
            if (previous != owner) {
                if (previous != null) {
                    Map<K, E> from = maps.get(previous);
                    Object stale = locate(from, element);
                    if (stale != NONE) {
                        from.remove(stale);
                    }
                }
                owners.put(element, owner);
            }
        }
        map.clear();
        map.putAll(byKey);
        return null;
    }

    Class<? extends RuntimeException> rekey(O owner, E element) {
        if (owners.get(element) != owner) {
            return null;
        }
        Map<K, E> map = maps.get(owner);
        K key = keyOf.apply(element);
        if (key == null) {
            return NullPointerException.class;
        }
        E there = map.get(key);
        if (there == element) {
            return null;
        }
        if (there != null) {
            return IllegalStateException.class;
        }
        Object stale = locate(map, element);
        if (stale == NONE) {
            return null;
        }
        map.put(key, element);
        map.remove(stale);
        return null;
    }

    /** Whether the model holds what the objects hold: every owner's entries, and every element's owner. */
    boolean matches(Function<O, Map<K, E>> mapOf, Function<E, O> ownerOf, List<E> elements) {
        for (Map.Entry<O, Map<K, E>> entry : maps.entrySet()) {
            Map<K, E> actual = mapOf.apply(entry.getKey());
            if (!new LinkedHashMap<>(actual == null ? Map.of() : actual).equals(entry.getValue())) {
                return false;
            }
        }
        for (E element : elements) {
            if (!Objects.equals(ownerOf.apply(element), owners.get(element))) {
                return false;
            }
        }
        return true;
    }
}

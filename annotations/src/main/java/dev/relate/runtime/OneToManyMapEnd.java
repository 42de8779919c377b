package dev.relate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The map end of a one-to-many relationship keyed by an attribute of the element:
 * {@code owner.notes}, a {@code Map<String, Note>} holding each note under {@code note.keyword},
 * with {@code note.owner} as the other end (SQLAlchemy's {@code attribute_keyed_dict}, JPA's
 * {@code @MapKey}). An element is in the owner's map exactly when its scalar end points at the
 * owner, and then under one key only.
 *
 * <p>Putting an element under its key replaces (and unlinks) the element that was there. Keys are
 * read from the element when it joins: when the key attribute changes while the element is in the
 * map, the map keeps it under the old key until {@link #rekey} moves it (or it is added again, which
 * moves it too). The element is still found, by identity, when it is removed or moves to another
 * owner, and is never held under two keys. A {@code null} key is refused, in every kind of map.
 *
 * <p>Every operation changes everything or nothing: when a step throws (a user's map, accessor,
 * {@code equals}, {@code hashCode} or comparator), what the earlier steps changed is undone and the
 * exception rethrown.
 *
 * @param <O> the "one" class
 * @param <K> the key type
 * @param <E> the "many" class
 * @param <M> the declared type of the map field
 */
public abstract class OneToManyMapEnd<O, K, E, M extends Map<K, E>> {
    /** What {@link #keyOfMember} answers for an element the map does not hold. */
    private static final Object ABSENT = new Object();

    private final String name;
    private final Class<E> elementType;
    private final String keyName;

    /**
     * @param name the end as users write it, {@code "Owner.notes"}, for messages
     * @param elementType the element class, to recognise elements among plain objects
     * @param keyName the key attribute as users write it, {@code "Note.keyword"}, for messages
     */
    protected OneToManyMapEnd(String name, Class<E> elementType, String keyName) {
        this.name = name;
        this.elementType = elementType;
        this.keyName = keyName;
    }

    /** Reads the field: the map, or {@code null}. */
    protected abstract M map(O owner);

    /**
     * Creates the map of an owner whose field is {@code null}, stores it in the field and returns
     * it. The default throws: generated code overrides it where the field can be written and its
     * type instantiated.
     */
    protected M createMap(O owner) {
        throw Problems.cannotCreate(name);
    }

    /** Reads the element's key attribute. */
    protected abstract K keyOf(E element);

    /** Reads the element's scalar end. */
    protected abstract O ownerOf(E element);

    /** Writes the element's scalar end, and nothing else. */
    protected abstract void writeOwner(E element, O owner);

    /** The end as users write it, {@code "Owner.notes"}. */
    public final String name() {
        return name;
    }

    /**
     * Puts {@code element} in the owner's map under its key and points it at the owner: it leaves
     * its previous owner's map, and an element that was under that key is unlinked. An element of
     * the owner's map held under an old key moves to its current key.
     *
     * @return {@code false} if it was there under its key already, which changes nothing
     */
    public final boolean add(O owner, E element) {
        checkOwner(owner);
        checkElement(element);
        K key = checkedKey(element);
        M map = map(owner);
        E displaced = map == null ? null : map.get(key);
        if (displaced == element) {
            return false;
        }
        putUnder(owner, map == null ? createMap(owner) : map, key, element, displaced);
        return true;
    }

    /**
     * Puts {@code element} under {@code key}, which must be its key, in {@code into}: the owner's map
     * or a range of it. The previous element under the key is unlinked.
     *
     * @return the element that was under the key before, {@code element} itself included, or null
     * @throws IllegalArgumentException ({@code [RelateKeyMismatch]}) if {@code key} is not the
     *     element's key, changing nothing
     */
    final E put(O owner, Map<K, E> into, K key, E element) {
        checkKey(into, key, element);
        E displaced = into.get(key);
        if (displaced == element) {
            return element;
        }
        putUnder(owner, into, key, element, displaced);
        return displaced;
    }

    /**
     * Puts {@code element}, not there yet, under its {@code key} in {@code into}, where
     * {@code displaced} is (or null): unlinks {@code displaced}, points the element at the owner, and
     * takes it out of where it was (its previous owner's map, or this one under an old key), in that
     * order, undoing the earlier steps if a later one throws.
     */
    private void putUnder(O owner, Map<K, E> into, K key, E element, E displaced) {
        O previous = ownerOf(element);
        boolean moves = !Proxies.same(previous, owner);
        M from = moves ? (previous == null ? null : map(previous)) : map(owner);
        Object stale = from == null ? ABSENT : keyOfMember(from, element, key);
        boolean unlinksDisplaced = displaced != null && Proxies.same(ownerOf(displaced), owner);
        if (unlinksDisplaced) {
            writeOwner(displaced, null);
        }
        try {
            if (moves) {
                writeOwner(element, owner);
            }
            try {
                into.put(key, element);
                try {
                    if (stale != ABSENT) {
                        from.remove(stale);
                    }
                } catch (RuntimeException | Error e) {
                    Journal.undo(e, () -> {
                        if (displaced != null) {
                            into.put(key, displaced);
                        } else {
                            into.remove(key);
                        }
                    });
                    throw e;
                }
            } catch (RuntimeException | Error e) {
                if (moves) {
                    Journal.undo(e, () -> writeOwner(element, previous));
                }
                throw e;
            }
        } catch (RuntimeException | Error e) {
            if (unlinksDisplaced) {
                Journal.undo(e, () -> writeOwner(displaced, owner));
            }
            throw e;
        }
    }

    /**
     * Takes {@code element} out of the owner's map, wherever it is held, and clears its end.
     *
     * @return {@code false} if it was not there, which changes nothing
     */
    public final boolean remove(O owner, Object element) {
        checkOwner(owner);
        if (!isElement(element)) {
            return false;
        }
        E member = elementType.cast(element);
        if (!Proxies.same(ownerOf(member), owner)) {
            return false;
        }
        M map = map(owner);
        Object key = map == null ? ABSENT : keyOfMember(map, member, null);
        if (key == ABSENT) {
            return false;
        }
        unlink(owner, map, key, member);
        return true;
    }

    /**
     * Takes what is under {@code key} out of {@code from} (the owner's map or a range of it) and
     * clears its end.
     *
     * @return the element that was there, or null
     */
    final E removeKey(O owner, Map<K, E> from, Object key) {
        if (from == null || key == null || from.isEmpty()) {
            return null;
        }
        E element = from.get(key);
        if (element == null) {
            return null;
        }
        unlink(owner, from, key, element);
        return element;
    }

    /**
     * Checks that {@code key} is the element's key, as {@code into} compares keys.
     *
     * @throws IllegalArgumentException ({@code [RelateKeyMismatch]}) if it is not
     */
    final void checkKey(Map<K, E> into, K key, E element) {
        checkElement(element);
        K own = checkedKey(element);
        if (key == null || !sameKey(into, key, own)) {
            throw Problems.keyMismatch(name, key, element, keyName, own);
        }
    }

    /** Clears the element's end, then takes it out of {@code from}; if that throws, points it back. */
    private void unlink(O owner, Map<K, E> from, Object key, E element) {
        boolean linked = Proxies.same(ownerOf(element), owner);
        if (linked) {
            writeOwner(element, null);
        }
        try {
            from.remove(key);
        } catch (RuntimeException | Error e) {
            if (linked) {
                Journal.undo(e, () -> writeOwner(element, owner));
            }
            throw e;
        }
    }

    /**
     * Removes {@code element}, the value of the entry {@code iterator} returned last, and clears its
     * end, everything or nothing: clearing comes first, so that an iterator whose {@code remove}
     * throws is left as it was.
     */
    final void removeThrough(Iterator<?> iterator, O owner, E element) {
        boolean linked = Proxies.same(ownerOf(element), owner);
        if (linked) {
            writeOwner(element, null);
        }
        try {
            iterator.remove();
        } catch (RuntimeException | Error e) {
            if (linked) {
                Journal.undo(e, () -> writeOwner(element, owner));
            }
            throw e;
        }
    }

    /** Empties the owner's map and unlinks every element. */
    public final void clear(O owner) {
        checkOwner(owner);
        removeMatching(owner, map(owner), entry -> true);
    }

    /**
     * Takes the entries of {@code from} (the owner's map or a range of it) that match out, and
     * unlinks their elements, everything or nothing. The filter sees every entry before anything
     * changes, so a filter that throws changes nothing.
     *
     * @return whether anything was removed
     */
    final boolean removeMatching(O owner, Map<K, E> from, Predicate<? super Map.Entry<K, E>> filter) {
        if (filter == null) {
            throw Problems.nullArgument(Problems.Part.FILTER, name);
        }
        if (from == null || from.isEmpty()) {
            return false;
        }
        List<Map.Entry<K, E>> before = snapshot(from);
        List<Map.Entry<K, E>> removed = new ArrayList<>();
        for (Map.Entry<K, E> entry : before) {
            if (filter.test(entry)) {
                removed.add(entry);
            }
        }
        if (removed.isEmpty()) {
            return false;
        }
        Journal journal = new Journal();
        try {
            journal.onFailure(() -> refill(from, before));
            if (removed.size() == before.size()) {
                from.clear();
            } else {
                for (Map.Entry<K, E> entry : removed) {
                    from.remove(entry.getKey());
                }
            }
            for (Map.Entry<K, E> entry : removed) {
                E element = entry.getValue();
                if (Proxies.same(ownerOf(element), owner)) {
                    writeOwner(element, null);
                    journal.onFailure(() -> writeOwner(element, owner));
                }
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        return true;
    }

    /**
     * Puts each of {@code elements} under its key in {@code into} (the owner's map or a range of it)
     * as {@link #add} does, everything or nothing. The elements are checked and their keys read before
     * anything changes; of two with equal keys, the later one stays.
     *
     * @return whether anything changed
     */
    final boolean putAll(O owner, Map<K, E> into, List<E> elements) {
        if (elements.isEmpty()) {
            return false;
        }
        for (E element : elements) {
            checkedKey(element);
        }
        boolean changed = false;
        Journal journal = new Journal();
        Map<Map<K, E>, Boolean> saved = new IdentityHashMap<>();
        try {
            for (E element : elements) {
                changed |= put(owner, into, keyOf(element), element, journal, saved);
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        return changed;
    }

    /** {@link #put(Object, Map, Object, Object)} as one step of a larger operation, recording what undoes it. */
    private boolean put(O owner, Map<K, E> into, K key, E element, Journal journal, Map<Map<K, E>, Boolean> saved) {
        if (key == null) {
            throw Problems.nullKey(name, keyName, element);
        }
        E displaced = into.get(key);
        if (displaced == element) {
            return false;
        }
        O previous = ownerOf(element);
        boolean moves = !Proxies.same(previous, owner);
        Map<K, E> from = moves ? (previous == null ? null : map(previous)) : map(owner);
        saveOnce(from, journal, saved);
        saveOnce(into, journal, saved);
        Object stale = from == null ? ABSENT : keyOfMember(from, element, key);
        if (displaced != null && Proxies.same(ownerOf(displaced), owner)) {
            writeOwner(displaced, null);
            journal.onFailure(() -> writeOwner(displaced, owner));
        }
        if (moves) {
            writeOwner(element, owner);
            journal.onFailure(() -> writeOwner(element, previous));
        }
        into.put(key, element);
        if (stale != ABSENT) {
            from.remove(stale);
        }
        return true;
    }

    /** Records, the first time {@code map} is met in an operation, that undoing it refills the map as it is now. */
    private static <K, E> void saveOnce(Map<K, E> map, Journal journal, Map<Map<K, E>, Boolean> saved) {
        if (map != null && saved.put(map, Boolean.TRUE) == null) {
            List<Map.Entry<K, E>> before = snapshot(map);
            journal.onFailure(() -> refill(map, before));
        }
    }

    /**
     * Replaces the owner's whole map with {@code elements}, each under its key: what left is
     * unlinked, what came in is linked (and leaves its previous owner), what stayed is not touched.
     * Repeated elements are kept once.
     *
     * @throws IllegalArgumentException ({@code [RelateDuplicateKey]}) if two different elements have
     *     equal keys, changing nothing
     */
    public final void replace(O owner, Collection<? extends E> elements) {
        checkOwner(owner);
        if (elements == null) {
            throw Problems.nullElements(Problems.Part.ELEMENTS, name);
        }
        List<E> incoming = new ArrayList<>(elements.size());
        Set<E> kept = Links.identitySet();
        for (E element : new ArrayList<E>(elements)) {
            checkElement(element);
            if (kept.add(element)) {
                incoming.add(element);
            }
        }
        M map = map(owner);
        if (map == null && incoming.isEmpty()) {
            return;
        }
        Map<K, E> byKey = emptyLike(map);
        for (E element : incoming) {
            E other = byKey.put(checkedKey(element), element);
            if (other != null) {
                throw Problems.duplicateKey(name, other, element, keyName, keyOf(element));
            }
        }
        M target = map == null ? createMap(owner) : map;
        Journal journal = new Journal();
        try {
            Map<Map<K, E>, Boolean> saved = new IdentityHashMap<>();
            saveOnce(target, journal, saved);
            List<Map.Entry<K, E>> before = snapshot(target);
            target.clear();
            for (Map.Entry<K, E> entry : before) {
                E element = entry.getValue();
                if (!kept.contains(element) && Proxies.same(ownerOf(element), owner)) {
                    writeOwner(element, null);
                    journal.onFailure(() -> writeOwner(element, owner));
                }
            }
            for (E element : incoming) {
                O previous = ownerOf(element);
                if (!Proxies.same(previous, owner)) {
                    M from = previous == null ? null : map(previous);
                    Object stale = from == null ? ABSENT : keyOfMember(from, element, null);
                    if (stale != ABSENT) {
                        saveOnce(from, journal, saved);
                    }
                    writeOwner(element, owner);
                    journal.onFailure(() -> writeOwner(element, previous));
                    if (stale != ABSENT) {
                        from.remove(stale);
                    }
                }
            }
            target.putAll(byKey);
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
    }

    /**
     * Sets the element's scalar end: moves it from its old owner's map to the new owner's, under its
     * key, or only takes it out of the old one when {@code owner} is {@code null}. Setting the owner
     * it already has changes nothing.
     */
    public final void assign(E element, O owner) {
        if (element == null) {
            throw Problems.nullAssigned(name);
        }
        O previous = ownerOf(element);
        if (Proxies.same(previous, owner)) {
            return;
        }
        if (owner != null) {
            add(owner, element);
        } else {
            remove(previous, element);
        }
    }

    /**
     * Moves {@code element}, held in the owner's map under a key its key attribute no longer has, to
     * its current key.
     *
     * @return {@code false} if it is under its key already, or not in the owner's map: nothing changes
     * @throws IllegalStateException ({@code [RelateKeyTaken]}) if another element is under the new key,
     *     changing nothing: remove that one first, or add this one, which replaces it
     */
    public final boolean rekey(O owner, E element) {
        checkOwner(owner);
        checkElement(element);
        if (!Proxies.same(ownerOf(element), owner)) {
            return false;
        }
        M map = map(owner);
        if (map == null) {
            return false;
        }
        K key = checkedKey(element);
        E there = map.get(key);
        if (there == element) {
            return false;
        }
        if (there != null) {
            throw Problems.keyTaken(name, element, keyName, key, there);
        }
        Object stale = keyOfMember(map, element, key);
        if (stale == ABSENT) {
            return false;
        }
        map.put(key, element);
        try {
            map.remove(stale);
        } catch (RuntimeException | Error e) {
            Journal.undo(e, () -> map.remove(key));
            throw e;
        }
        return true;
    }

    /**
     * The key under which {@code map} holds {@code element}, found by identity, or {@link #ABSENT}:
     * one lookup under {@code key} (its key attribute as read, or null to read it now), and a search
     * of the entries only when the element is not there (its key changed while it was in the map).
     */
    private Object keyOfMember(Map<K, E> map, E element, K key) {
        K current = key != null ? key : keyOf(element);
        if (current != null && map.get(current) == element) {
            return current;
        }
        for (Map.Entry<K, E> entry : map.entrySet()) {
            if (entry.getValue() == element) {
                return entry.getKey();
            }
        }
        return ABSENT;
    }

    /** Whether {@code map} takes {@code key} and {@code own} for one key: by its comparator, or equals. */
    @SuppressWarnings("unchecked")
    private static <K> boolean sameKey(Map<K, ?> map, K key, K own) {
        if (map instanceof SortedMap) {
            Comparator<? super K> comparator = ((SortedMap<K, ?>) map).comparator();
            return comparator != null ? comparator.compare(key, own) == 0
                    : ((Comparable<Object>) key).compareTo(own) == 0;
        }
        return Objects.equals(key, own);
    }

    /** An empty map that orders and compares keys as {@code map} does. */
    private static <K, E> Map<K, E> emptyLike(Map<K, E> map) {
        if (map instanceof SortedMap) {
            return new TreeMap<>(((SortedMap<K, E>) map).comparator());
        }
        return new LinkedHashMap<>();
    }

    private static <K, E> List<Map.Entry<K, E>> snapshot(Map<K, E> map) {
        List<Map.Entry<K, E>> entries = new ArrayList<>(map.size());
        for (Map.Entry<K, E> entry : map.entrySet()) {
            entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(entry.getKey(), entry.getValue()));
        }
        return entries;
    }

    /** Makes {@code map} hold {@code entries} again, in their order. */
    private static <K, E> void refill(Map<K, E> map, List<Map.Entry<K, E>> entries) {
        map.clear();
        for (Map.Entry<K, E> entry : entries) {
            map.put(entry.getKey(), entry.getValue());
        }
    }

    /** The element's key, checked not to be null. */
    private K checkedKey(E element) {
        K key = keyOf(element);
        if (key == null) {
            throw Problems.nullKey(name, keyName, element);
        }
        return key;
    }

    /** The owner's map, created (and stored in the field) if the field is {@code null}. */
    final M mapOrCreate(O owner) {
        M map = map(owner);
        return map != null ? map : createMap(owner);
    }

    /** Whether {@code object} is of the element type. */
    final boolean isElement(Object object) {
        return elementType.isInstance(object);
    }

    /** Whether the owner's map holds {@code element} itself, under any key. */
    final boolean holds(O owner, Map<K, E> in, Object element) {
        if (!isElement(element) || in == null) {
            return false;
        }
        E member = elementType.cast(element);
        return Proxies.same(ownerOf(member), owner) && keyOfMember(in, member, null) != ABSENT;
    }

    final void checkOwner(O owner) {
        if (owner == null) {
            throw Problems.nullOwner(name);
        }
    }

    final void checkElement(Object element) {
        if (element == null) {
            throw Problems.nullElement(name);
        }
    }
}

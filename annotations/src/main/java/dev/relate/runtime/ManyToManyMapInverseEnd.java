package dev.relate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The collection end of a many-to-many relationship whose other end is a map keyed by an attribute
 * of this end's owner: {@code tag.posts}, whose elements each hold {@code post.tags}, a
 * {@code Map<String, Tag>} keyed by {@code tag.name} ({@link ManyToManyMapEnd}). Adding a post to
 * a tag's collection puts the tag in the post's map under the tag's key; a tag the post held under
 * that key is unlinked from both sides, as putting it through the map would.
 *
 * <p>A tag held in a post's map under an old key (its key changed since) is found by identity when
 * it leaves; unlinking it from this side moves it to its current key first, as
 * {@link MapEnd#rekey} does, so that an operation that fails later puts it back under a key it can
 * name (the only trace a failed operation leaves); if another tag holds that key, the operation
 * throws {@code IllegalStateException} ({@code [RelateKeyTaken]}) and changes nothing.
 *
 * @param <O> the class that owns the collection, whose attribute is the key
 * @param <K> the key type
 * @param <E> the class on the other side, which holds the map
 * @param <C> the declared type of the collection field
 * @param <M> the declared type of the other end's map field
 */
public abstract class ManyToManyMapInverseEnd<O, K, E, C extends Collection<E>, M extends Map<K, O>>
        extends CollectionEnd<O, E, C> {
    /** What {@link #unlinked} answers where re-putting the key restores the map's order by itself. */
    private static final long ANYWHERE = Links.IN_SET;

    private final String inverseName;
    private final String keyName;

    /**
     * @param name this end, {@code "Tag.posts"}
     * @param elementType the class on the other side
     * @param inverseName the other end, {@code "Post.tags"}
     * @param keyName the key attribute, {@code "Tag.name"}
     */
    protected ManyToManyMapInverseEnd(String name, Class<E> elementType, String inverseName, String keyName) {
        this(name, elementType, inverseName, keyName, 0);
    }

    /**
     * @param events {@link #VALIDATES} and {@link #LISTENS}, or-ed, where a class declares a validator
     *     or a listener of the end (this one or the map end)
     */
    protected ManyToManyMapInverseEnd(String name, Class<E> elementType, String inverseName, String keyName,
            int events) {
        super(name, elementType, false, events);
        this.inverseName = inverseName;
        this.keyName = keyName;
    }

    /**
     * A link that puts the owner in the element's map under a key another object holds validates that
     * object's unlink from the element first, then the link: the pair it pushes out of the map is
     * unlinked, as a put through the map side unlinks the element it displaces. A {@code null} key is
     * refused before any validator runs.
     */
    @Override
    final void validateLink(O owner, E element) {
        if (validates()) {
            M map = inverse(element);
            O displaced = map == null ? null : map.get(checkedKey(owner));
            if (displaced != null && displaced != owner) {
                beforeChange(displaced, element, false);
            }
            beforeChange(owner, element, true);
        }
    }

    /** Reads the other end's field on an element: its map, or {@code null}. */
    protected abstract M inverse(E element);

    /**
     * Writes the element's map field of the other end: a new, empty map, returned, where
     * {@code create} is true (the field is {@code null}); else {@code null} again, after an operation
     * that created the map failed. The default throws: generated code overrides it where it can.
     */
    protected M storeInverse(E element, boolean create) {
        throw Problems.cannotCreate(inverseName);
    }

    /**
     * Writes {@code null} to the element's field of the other end again, whose map an operation
     * created ({@link #storeInverse}) and then failed: the field is as it was.
     */
    final void dropInverse(E element) {
        storeInverse(element, false);
    }

    /** Reads the owner's key attribute. */
    protected abstract K keyOf(O owner);

    /**
     * Whether the element's map holds the owner: one lookup under the owner's key, and for an owner
     * held under an old key, a search of the owner's collection by identity.
     */
    @Override
    protected final boolean isMember(O owner, Object element) {
        if (!isElement(element)) {
            return false;
        }
        M map = inverse(cast(element));
        if (map == null || map.isEmpty()) {
            return false;
        }
        K key = keyOf(owner);
        if (key != null && map.get(key) == owner) {
            return true;
        }
        C own = collection(owner);
        return own != null && Links.containsItself(own, element);
    }

    /** Puts the owner in the element's map under its key, everything or nothing, with no journal. */
    @Override
    final void linked(O owner, E element) {
        K key = checkedKey(owner);
        M map = inverse(element);
        if (map == null) {
            M created = storeInverse(element, true);
            try {
                created.put(key, owner);
            } catch (RuntimeException | Error e) {
                Journal.undo(e, () -> dropInverse(element));
                throw e;
            }
            return;
        }
        O displaced = map.get(key);
        if (displaced == owner) {
            return;
        }
        Collection<E> theirs = displaced == null ? null : collection(displaced);
        int where = displaced == null ? Links.ABSENT : Links.removeSameAt(theirs, element);
        try {
            map.put(key, owner);
        } catch (RuntimeException | Error e) {
            if (displaced != null) {
                Journal.undo(e, () -> Links.putBack(theirs, element, where));
            }
            throw e;
        }
    }

    /**
     * Puts the owner in the element's map under its key; the object there before leaves the map and
     * loses the element from its collection. Records what undoes both in {@code journal}, and the
     * listeners of both changes: that object's unlink first, then the owner's link.
     */
    @Override
    final void linked(O owner, E element, Journal journal) {
        K key = checkedKey(owner);
        M map = inverse(element);
        if (map == null) {
            map = storeInverse(element, true);
            journal.onFailure(() -> dropInverse(element));
        }
        M into = map;
        O displaced = into.get(key);
        if (displaced == owner) {
            return;
        }
        if (displaced != null) {
            Collection<E> theirs = collection(displaced);
            int where = Links.removeSameAt(theirs, element);
            journal.onFailure(() -> Links.putBack(theirs, element, where));
            recordChange(displaced, element, false, journal);
        }
        into.put(key, owner);
        journal.onFailure(() -> {
            if (displaced != null) {
                into.put(key, displaced);
            } else {
                into.remove(key);
            }
        });
        recordChange(owner, element, true, journal);
    }

    private K checkedKey(O owner) {
        K key = keyOf(owner);
        if (key == null) {
            throw Problems.nullKey(inverseName, keyName, owner);
        }
        return key;
    }

    /**
     * Takes the owner out of the element's map.
     *
     * @return where the map held it: {@link Links#ABSENT}, {@link #ANYWHERE} for a map whose order
     *     does not depend on when a key was put, else its position
     */
    @Override
    final long unlinked(O owner, E element) {
        M map = inverse(element);
        if (map == null) {
            return Links.ABSENT;
        }
        K key = keyOf(owner);
        if (key == null || map.get(key) != owner) {
            key = rekeyed(map, owner, key);
            if (key == null) {
                return Links.ABSENT;
            }
        }
        if (!keepsPutOrder(map)) {
            map.remove(key);
            return ANYWHERE;
        }
        int position = 0;
        for (Iterator<O> it = map.values().iterator(); it.hasNext(); position++) {
            if (it.next() == owner) {
                it.remove();
                return position;
            }
        }
        return Links.ABSENT;
    }

    @Override
    final void unlinkedLast(O owner, E element) {
        M map = inverse(element);
        if (map == null) {
            return;
        }
        K key = keyOf(owner);
        if (key != null && map.get(key) == owner) {
            map.remove(key);
            return;
        }
        for (Iterator<O> it = map.values().iterator(); it.hasNext(); ) {
            if (it.next() == owner) {
                it.remove();
                return;
            }
        }
    }

    @Override
    final void relinked(O owner, E element, long where) {
        if (where == Links.ABSENT) {
            return;
        }
        M map = inverse(element);
        K key = keyOf(owner);
        map.put(key, owner);
        if (where == ANYWHERE) {
            return;
        }
        // a map that keeps the order keys were put in: move what followed the owner behind it again
        List<Map.Entry<K, O>> following = new ArrayList<>();
        int position = 0;
        for (Map.Entry<K, O> entry : map.entrySet()) {
            if (position++ >= where && entry.getValue() != owner) {
                following.add(new java.util.AbstractMap.SimpleImmutableEntry<>(entry.getKey(), entry.getValue()));
            }
        }
        for (Map.Entry<K, O> entry : following) {
            map.remove(entry.getKey());
            map.put(entry.getKey(), entry.getValue());
        }
    }

    /**
     * For an owner held under an old key: moves it to its current key, and answers that key; null if
     * the map does not hold it.
     *
     * @throws IllegalStateException ({@code [RelateKeyTaken]}) if another object holds its current
     *     key, changing nothing
     */
    private K rekeyed(M map, O owner, K key) {
        K stale = null;
        for (Map.Entry<K, O> entry : map.entrySet()) {
            if (entry.getValue() == owner) {
                stale = entry.getKey();
                break;
            }
        }
        if (stale == null) {
            return null;
        }
        if (key == null) {
            throw Problems.nullKey(inverseName, keyName, owner);
        }
        O there = map.get(key);
        if (there != null) {
            throw Problems.keyTaken(inverseName, owner, keyName, key, there);
        }
        map.put(key, owner);
        try {
            map.remove(stale);
        } catch (RuntimeException | Error e) {
            Journal.undo(e, () -> map.remove(key));
            throw e;
        }
        return key;
    }

    /** Whether putting a key back at the end can change the map's order: not a hash map or a sorted map. */
    private static boolean keepsPutOrder(Map<?, ?> map) {
        return map.getClass() != HashMap.class && !(map instanceof SortedMap);
    }
}

package dev.relate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * The map end of a relationship keyed by an attribute of the element: {@code owner.notes}, a
 * {@code Map<String, Note>} holding each note under {@code note.keyword} (SQLAlchemy's
 * {@code attribute_keyed_dict}, JPA's {@code @MapKey}). An element is in the owner's map exactly
 * when its other end holds the owner, and then under one key only. The other end is a scalar of the
 * element ({@link OneToManyMapEnd}) or a collection of the element ({@link ManyToManyMapEnd}); the
 * subclasses say what linking and unlinking do to it, this class what they do to the map.
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
 * @param <O> the class that owns the map
 * @param <K> the key type
 * @param <E> the element class
 * @param <M> the declared type of the map field
 */
public abstract class MapEnd<O, K, E, M extends Map<K, E>> {
    /** What {@link #keyOfMember} answers for an element the map does not hold. */
    static final Object ABSENT = new Object();

    private final String name;
    private final Class<E> elementType;
    private final String keyName;

    /** What a generated end passes to its constructor when a class declares a validator of the end. */
    protected static final int VALIDATES = 1;
    /** What a generated end passes to its constructor when a class declares a listener of the end. */
    protected static final int LISTENS = 2;
    /**
     * Whether {@link #validate} and {@link #changed} are overridden: decided when the end is made, so
     * an end that no class observes pays a field read and a branch per change, and no call.
     */
    private final boolean validates;
    private final boolean listens;
    /**
     * Whether no class validates or listens to the end: then a put and an unlink take their short
     * paths ({@link #putUnder}, {@link #unlink}), the code they ran before ends had events, with one
     * field read and a branch more; what an observed end does is in methods of its own
     * ({@link #putObserved}, {@link #unlinkObserved}), which the JIT leaves out of the short paths.
     */
    private final boolean plain;

    /**
     * @param name the end as users write it, {@code "Owner.notes"}, for messages
     * @param elementType the element class, to recognise elements among plain objects
     * @param keyName the key attribute as users write it, {@code "Note.keyword"}, for messages
     * @param events {@link #VALIDATES} and {@link #LISTENS}, or-ed, where a class declares them
     */
    MapEnd(String name, Class<E> elementType, String keyName, int events) {
        this.name = name;
        this.elementType = elementType;
        this.keyName = keyName;
        this.validates = (events & VALIDATES) != 0;
        this.listens = (events & LISTENS) != 0;
        this.plain = events == 0;
    }

    /**
     * Calls the validators the two classes declare for this pair ({@code @Validates}): generated code
     * overrides it where one does. It runs before the pair changes, and may refuse by throwing: the
     * operation then changes nothing.
     *
     * @param linking {@code true} before a link, {@code false} before an unlink
     */
    protected void validate(O owner, E element, boolean linking) {
    }

    /**
     * Calls the listener the owner's class declares for this end ({@code @OnChange}): generated code
     * overrides it where it does. It runs after the operation, when both ends of every pair agree.
     *
     * @param linked {@code true} after a link, {@code false} after an unlink
     */
    protected void changed(O owner, E element, boolean linked) {
    }

    /** Calls the listener the element's class declares for the other end, as {@link #changed} does for this one. */
    protected void otherChanged(E element, O owner, boolean linked) {
    }

    /** Whether a class validates or listens to the end. */
    final boolean observed() {
        return !plain;
    }

    /** Before the pair {@code (owner, element)} changes: runs the validators, if any. */
    final void beforeChange(O owner, E element, boolean linking) {
        if (validates) {
            validate(owner, element, linking);
        }
    }

    /**
     * Before {@code element}, not linked to the owner, joins its map: runs the validators of every
     * pair the link changes. Overridden where joining also takes the element from a previous owner.
     */
    void validateJoin(O owner, E element) {
        beforeChange(owner, element, true);
    }

    /** A change of the pair as one step of an operation: its listeners run when {@code journal} commits. */
    final void recordChange(O owner, E element, boolean linked, Journal journal) {
        if (listens) {
            journal.afterSuccess(() -> changed(owner, element, linked));
            journal.afterSuccess(() -> otherChanged(element, owner, linked));
        }
    }

    /**
     * Records the listeners of a join that {@link #joined} answered {@code token} for. Overridden where
     * joining also took the element from a previous owner, whose unlink is heard first.
     */
    void recordJoined(O owner, E element, Object token, Journal journal) {
        recordChange(owner, element, true, journal);
    }

    /**
     * After an operation of one step, which changed the pair: runs the listeners, if any (the first
     * failure is rethrown).
     */
    final void afterChange(O owner, E element, boolean linked) {
        if (listens) {
            Journal journal = new Journal();
            recordChange(owner, element, linked, journal);
            journal.commit();
        }
    }

    /** Reads the field: the map, or {@code null}. */
    protected abstract M map(O owner);

    /**
     * Writes the owner's field: a new, empty map, returned, where {@code create} is true (the field
     * is {@code null}); else {@code null} again, after an operation that created the map failed, so
     * that the field is as it was (the answer is then {@code null}). The default throws: generated
     * code overrides it where the field can be written and its type instantiated.
     */
    protected M storeMap(O owner, boolean create) {
        throw Problems.cannotCreate(name);
    }

    /** Creates the map of an owner whose field is {@code null}, stores it in the field and returns it. */
    final M createMap(O owner) {
        return storeMap(owner, true);
    }

    /**
     * After {@code failure} of an operation that created the owner's map ({@link #createMap}): writes
     * {@code null} to the field again, so that it is as it was.
     */
    final void dropMap(Throwable failure, O owner) {
        Journal.undo(failure, () -> dropMap(owner));
    }

    /** Writes {@code null} to the owner's field again, whose map an operation created and then failed. */
    final void dropMap(O owner) {
        storeMap(owner, false);
    }

    /** Reads the element's key attribute. */
    protected abstract K keyOf(E element);

    /** Whether the element's other end holds the owner, by identity. */
    abstract boolean linkedTo(O owner, E element);

    /**
     * The map that holds {@code element}, not linked to the owner when {@code joins} is true, before
     * it joins the owner's map: its previous owner's (one-to-many), the owner's own when it is linked
     * already (it may be there under an old key), or null.
     */
    abstract Map<K, E> heldIn(O owner, E element, boolean joins);

    /**
     * Makes the element's other end hold the owner, everything or nothing.
     *
     * @return what {@link #unjoined} needs to undo it
     */
    abstract Object joined(O owner, E element);

    /** Undoes {@link #joined}, which answered {@code token}. */
    abstract void unjoined(O owner, E element, Object token);

    /**
     * Makes the element's other end let go of the owner, everything or nothing.
     *
     * @return what {@link #rejoined} needs to undo it
     */
    abstract long left(O owner, E element);

    /** Undoes {@link #left}, which answered {@code where}. */
    abstract void rejoined(O owner, E element, long where);

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
        if (map == null) {
            putInCreated(owner, key, element);
        } else {
            putUnder(owner, map, key, element, displaced);
        }
        return true;
    }

    /**
     * {@link #putUnder} into the owner's map, which it creates, the field being {@code null}: if the
     * put fails, or as a step of a table load ({@link Journal#loading}) the load does, the field is
     * {@code null} again.
     */
    private void putInCreated(O owner, K key, E element) {
        Journal loading = plain ? null : Journal.loading();
        M created = createMap(owner);
        if (loading != null) {
            loading.onFailure(() -> dropMap(owner));
            putUnder(owner, created, key, element, null);
            return;
        }
        try {
            putUnder(owner, created, key, element, null);
        } catch (RuntimeException | Error e) {
            dropMap(e, owner);
            throw e;
        }
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
     * order, undoing the earlier steps if a later one throws. An observed end takes
     * {@link #putObserved} instead.
     */
    private void putUnder(O owner, Map<K, E> into, K key, E element, E displaced) {
        if (!plain) {
            putObserved(owner, into, key, element);
            return;
        }
        boolean joins = !linkedTo(owner, element);
        Map<K, E> from = heldIn(owner, element, joins);
        Object stale = from == null ? ABSENT : keyOfMember(from, element, key);
        boolean unlinksDisplaced = displaced != null && linkedTo(owner, displaced);
        long where = unlinksDisplaced ? left(owner, displaced) : 0;
        try {
            Object token = joins ? joined(owner, element) : null;
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
                if (joins) {
                    Journal.undo(e, () -> unjoined(owner, element, token));
                }
                throw e;
            }
        } catch (RuntimeException | Error e) {
            if (unlinksDisplaced) {
                Journal.undo(e, () -> rejoined(owner, displaced, where));
            }
            throw e;
        }
    }

    /**
     * {@link #putUnder} on an observed end: one journaled operation, or one step of the table load
     * running on this thread ({@link Journal#loading}).
     */
    private void putObserved(O owner, Map<K, E> into, K key, E element) {
        Journal loading = Journal.loading();
        if (loading != null) {
            // a step of the load running on this thread (a table's loadLinks): undone if a later row
            // fails, heard after the last row
            put(owner, into, key, element, loading, loading.savedMaps());
            return;
        }
        Journal journal = new Journal();
        try {
            put(owner, into, key, element, journal, new IdentityHashMap<Object, Boolean>());
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
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
        E member = knownElement(element);
        if (!linkedTo(owner, member)) {
            return false;
        }
        M map = map(owner);
        Object key = map == null ? ABSENT : keyOfMember(map, member, null);
        if (key == ABSENT) {
            return false;
        }
        if (plain) {
            unlinkFrom(owner, map, key, member, true); // linked, as read above: not read again
        } else {
            unlinkObserved(owner, map, key, member);
        }
        return true;
    }

    /** {@code object}, known to be of the element type, as one: no check at run time. */
    @SuppressWarnings("unchecked")
    private E knownElement(Object object) {
        return (E) object;
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

    /**
     * Clears the element's end, then takes it out of {@code from}; if that throws, points it back. An
     * observed end takes {@link #unlinkObserved} instead.
     */
    private void unlink(O owner, Map<K, E> from, Object key, E element) {
        if (!plain) {
            unlinkObserved(owner, from, key, element);
            return;
        }
        unlinkFrom(owner, from, key, element, linkedTo(owner, element));
    }

    /** {@link #unlink} on an observed end: validated before, heard after. */
    private void unlinkObserved(O owner, Map<K, E> from, Object key, E element) {
        boolean linked = linkedTo(owner, element);
        if (linked) {
            beforeChange(owner, element, false);
        }
        unlinkFrom(owner, from, key, element, linked);
        if (linked) {
            afterChange(owner, element, false);
        }
    }

    /**
     * Clears the end of the element if {@code linked}, then takes it out of {@code from}; if that
     * throws, points it back.
     */
    private void unlinkFrom(O owner, Map<K, E> from, Object key, E element, boolean linked) {
        long where = linked ? left(owner, element) : 0;
        try {
            from.remove(key);
        } catch (RuntimeException | Error e) {
            if (linked) {
                Journal.undo(e, () -> rejoined(owner, element, where));
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
        boolean linked = linkedTo(owner, element);
        if (linked) {
            beforeChange(owner, element, false);
        }
        long where = linked ? left(owner, element) : 0;
        try {
            iterator.remove();
        } catch (RuntimeException | Error e) {
            if (linked) {
                Journal.undo(e, () -> rejoined(owner, element, where));
            }
            throw e;
        }
        if (linked) {
            afterChange(owner, element, false);
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
            takeOut(owner, from, before, removed, journal);
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
        return true;
    }

    /**
     * {@link #clear(Object)} as one step of a larger operation (detaching the owner), recording in
     * {@code journal} what undoes it: the map refilled in its order, every element linked again.
     */
    final void clear(O owner, Journal journal) {
        M map = map(owner);
        if (map != null && !map.isEmpty()) {
            List<Map.Entry<K, E>> before = snapshot(map);
            takeOut(owner, map, before, before, journal);
        }
    }

    /** Takes {@code removed}, entries of {@code from} (which held {@code before}), out and unlinks them. */
    private void takeOut(O owner, Map<K, E> from, List<Map.Entry<K, E>> before, List<Map.Entry<K, E>> removed,
            Journal journal) {
        journal.onFailure(() -> refill(from, before));
        if (validates) {
            // one entry at a time, each validated before it changes anything and seeing those before it gone
            for (Map.Entry<K, E> entry : removed) {
                E element = entry.getValue();
                boolean linked = linkedTo(owner, element);
                if (linked) {
                    beforeChange(owner, element, false);
                }
                from.remove(entry.getKey());
                if (linked) {
                    long where = left(owner, element);
                    journal.onFailure(() -> rejoined(owner, element, where));
                    recordChange(owner, element, false, journal);
                }
            }
            return;
        }
        if (removed.size() == before.size()) {
            from.clear();
        } else {
            for (Map.Entry<K, E> entry : removed) {
                from.remove(entry.getKey());
            }
        }
        for (Map.Entry<K, E> entry : removed) {
            E element = entry.getValue();
            if (linkedTo(owner, element)) {
                long where = left(owner, element);
                journal.onFailure(() -> rejoined(owner, element, where));
                recordChange(owner, element, false, journal);
            }
        }
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
        Map<Object, Boolean> saved = new IdentityHashMap<>();
        // an element displaced from an old key that comes later under its own key stays linked: a move
        Set<E> pending = Links.identitySet();
        pending.addAll(elements);
        try {
            for (E element : elements) {
                pending.remove(element);
                changed |= put(owner, into, keyOf(element), element, journal, saved, pending);
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
        return changed;
    }

    /** {@link #put(Object, Map, Object, Object)} as one step of a larger operation, recording what undoes it. */
    private boolean put(O owner, Map<K, E> into, K key, E element, Journal journal, Map<Object, Boolean> saved) {
        return put(owner, into, key, element, journal, saved, Collections.<E>emptySet());
    }

    /**
     * {@link #put(Object, Map, Object, Object, Journal, Map)}, where {@code pending} holds the elements
     * that the same operation puts later: one of them displaced here is not unlinked, since it comes
     * back under its own key.
     */
    private boolean put(O owner, Map<K, E> into, K key, E element, Journal journal, Map<Object, Boolean> saved,
            Set<E> pending) {
        if (key == null) {
            throw Problems.nullKey(name, keyName, element);
        }
        E displaced = into.get(key);
        if (displaced == element) {
            return false;
        }
        boolean joins = !linkedTo(owner, element);
        Map<K, E> from = heldIn(owner, element, joins);
        saveOnce(from, journal, saved);
        saveOnce(into, journal, saved);
        Object stale = from == null ? ABSENT : keyOfMember(from, element, key);
        if (displaced != null && !pending.contains(displaced) && linkedTo(owner, displaced)) {
            beforeChange(owner, displaced, false);
            long where = left(owner, displaced);
            journal.onFailure(() -> rejoined(owner, displaced, where));
            recordChange(owner, displaced, false, journal);
        }
        if (joins) {
            validateJoin(owner, element);
            Object token = joined(owner, element);
            journal.onFailure(() -> unjoined(owner, element, token));
            recordJoined(owner, element, token, journal);
        }
        into.put(key, element);
        if (stale != ABSENT) {
            from.remove(stale);
        }
        return true;
    }

    /** Records, the first time {@code map} is met in an operation, that undoing it refills the map as it is now. */
    private static <K, E> void saveOnce(Map<K, E> map, Journal journal, Map<Object, Boolean> saved) {
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
        if (map == null) {
            journal.onFailure(() -> dropMap(owner));
        }
        try {
            Map<Object, Boolean> saved = new IdentityHashMap<>();
            saveOnce(target, journal, saved);
            List<Map.Entry<K, E>> before = snapshot(target);
            if (!validates) {
                target.clear();
            }
            for (Map.Entry<K, E> entry : before) {
                E element = entry.getValue();
                if (!kept.contains(element) && linkedTo(owner, element)) {
                    // validated one at a time, each seeing those before it gone
                    beforeChange(owner, element, false);
                    if (validates) {
                        target.remove(entry.getKey());
                    }
                    long where = left(owner, element);
                    journal.onFailure(() -> rejoined(owner, element, where));
                    recordChange(owner, element, false, journal);
                }
            }
            for (E element : incoming) {
                if (!linkedTo(owner, element)) {
                    validateJoin(owner, element);
                    Map<K, E> from = heldIn(owner, element, true);
                    Object stale = from == null ? ABSENT : keyOfMember(from, element, null);
                    if (stale != ABSENT) {
                        saveOnce(from, journal, saved);
                    }
                    Object token = joined(owner, element);
                    journal.onFailure(() -> unjoined(owner, element, token));
                    recordJoined(owner, element, token, journal);
                    if (stale != ABSENT) {
                        from.remove(stale);
                    }
                    if (validates) {
                        target.put(keyOf(element), element); // the next validator sees it arrived
                    }
                }
            }
            if (validates) {
                target.clear();
            }
            target.putAll(byKey);
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
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
        if (!linkedTo(owner, element)) {
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
    final Object keyOfMember(Map<K, E> map, E element, K key) {
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

    static <K, E> List<Map.Entry<K, E>> snapshot(Map<K, E> map) {
        List<Map.Entry<K, E>> entries = new ArrayList<>(map.size());
        for (Map.Entry<K, E> entry : map.entrySet()) {
            entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(entry.getKey(), entry.getValue()));
        }
        return entries;
    }

    /** Makes {@code map} hold {@code entries} again, in their order. */
    static <K, E> void refill(Map<K, E> map, List<Map.Entry<K, E>> entries) {
        map.clear();
        for (Map.Entry<K, E> entry : entries) {
            map.put(entry.getKey(), entry.getValue());
        }
    }

    /** The element's key, checked not to be null. */
    final K checkedKey(E element) {
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
        return linkedTo(owner, member) && keyOfMember(in, member, null) != ABSENT;
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

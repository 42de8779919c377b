package dev.relate.runtime;

import java.util.List;
import java.util.Map;

/**
 * The map end of a one-to-many relationship keyed by an attribute of the element:
 * {@code owner.notes}, a {@code Map<String, Note>} holding each note under {@code note.keyword},
 * with {@code note.owner} as the other end. An element is in the owner's map exactly when its scalar
 * end points at the owner, and then under one key only; joining a map takes it out of its previous
 * owner's.
 *
 * @param <O> the "one" class
 * @param <K> the key type
 * @param <E> the "many" class
 * @param <M> the declared type of the map field
 */
public abstract class OneToManyMapEnd<O, K, E, M extends Map<K, E>> extends MapEnd<O, K, E, M> {
    /**
     * @param name the end as users write it, {@code "Owner.notes"}, for messages
     * @param elementType the element class, to recognise elements among plain objects
     * @param keyName the key attribute as users write it, {@code "Note.keyword"}, for messages
     */
    protected OneToManyMapEnd(String name, Class<E> elementType, String keyName) {
        super(name, elementType, keyName, 0);
    }

    /**
     * @param events {@link #VALIDATES} and {@link #LISTENS}, or-ed, where a class declares a validator
     *     or a listener of the end (its own or the element's scalar end)
     */
    protected OneToManyMapEnd(String name, Class<E> elementType, String keyName, int events) {
        super(name, elementType, keyName, events);
    }

    /** A join that moves the element validates its unlink from the previous owner first. */
    @Override
    final void validateJoin(O owner, E element) {
        O previous = ownerOf(element);
        if (previous != null && !Proxies.same(previous, owner)) {
            beforeChange(previous, element, false);
        }
        beforeChange(owner, element, true);
    }

    /** The previous owner, which {@link #joined} answered, hears its unlink first. */
    @Override
    @SuppressWarnings("unchecked")
    final void recordJoined(O owner, E element, Object token, Journal journal) {
        O previous = (O) token;
        if (previous != null && !Proxies.same(previous, owner)) {
            recordChange(previous, element, false, journal);
        }
        recordChange(owner, element, true, journal);
    }

    /**
     * Takes the element out of its owner's map and clears its end, as one step of a larger operation
     * (detaching the element), recording in {@code journal} what undoes it: validated before it
     * changes anything, its listeners run when the journal commits.
     */
    final void leave(E element, Journal journal) {
        O previous = ownerOf(element);
        if (previous == null) {
            return;
        }
        beforeChange(previous, element, false);
        M map = map(previous);
        Object key = map == null ? ABSENT : keyOfMember(map, element, null);
        long where = left(previous, element);
        journal.onFailure(() -> rejoined(previous, element, where));
        if (key != ABSENT) {
            List<Map.Entry<K, E>> before = snapshot(map);
            journal.onFailure(() -> refill(map, before));
            map.remove(key);
        }
        recordChange(previous, element, false, journal);
    }

    /** Reads the element's scalar end. */
    protected abstract O ownerOf(E element);

    /** Writes the element's scalar end, and nothing else. */
    protected abstract void writeOwner(E element, O owner);

    @Override
    final boolean linkedTo(O owner, E element) {
        return Proxies.same(ownerOf(element), owner);
    }

    @Override
    final Map<K, E> heldIn(O owner, E element, boolean joins) {
        O previous = joins ? ownerOf(element) : owner;
        return previous == null ? null : map(previous);
    }

    /** @return the owner it had before, which undoing points it back at */
    @Override
    final Object joined(O owner, E element) {
        O previous = ownerOf(element);
        writeOwner(element, owner);
        return previous;
    }

    @Override
    @SuppressWarnings("unchecked")
    final void unjoined(O owner, E element, Object token) {
        writeOwner(element, (O) token);
    }

    @Override
    final long left(O owner, E element) {
        writeOwner(element, null);
        return 0;
    }

    @Override
    final void rejoined(O owner, E element, long where) {
        writeOwner(element, owner);
    }

    /**
     * Sets the element's scalar end: moves it from its old owner's map to the new owner's, under its
     * key, or only takes it out of the old one when {@code owner} is {@code null}. Setting the owner
     * it already has changes nothing.
     */
    public final void assign(E element, O owner) {
        if (element == null) {
            throw Problems.nullAssigned(name());
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
}

package dev.relate.runtime;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The collection end of a one-to-many relationship whose other end is a scalar field of the
 * element: {@code parent.children} with {@code child.parent}. An element is in a collection
 * exactly when its scalar end points at the owner, so membership is a single field read.
 *
 * @param <O> the "one" class
 * @param <E> the "many" class
 * @param <C> the declared type of the collection field
 */
public abstract class OneToManyEnd<O, E, C extends Collection<E>> extends CollectionEnd<O, E, C> {
    /**
     * Whether linking refuses an element that is the owner or one of its ancestors: see
     * {@link AcyclicOneToManyEnd}.
     */
    private final boolean acyclic;

    protected OneToManyEnd(String name, Class<E> elementType) {
        this(name, elementType, 0);
    }

    /**
     * @param events {@link #VALIDATES} and {@link #LISTENS}, or-ed, where a class declares a validator
     *     or a listener of the end (its own or the element's scalar end)
     */
    protected OneToManyEnd(String name, Class<E> elementType, int events) {
        this(name, elementType, false, false, events);
    }

    OneToManyEnd(String name, Class<E> elementType, boolean acyclic, boolean positioned, int events) {
        super(name, elementType, positioned, events);
        this.acyclic = acyclic;
    }

    /** Reads the element's scalar end. */
    protected abstract O ownerOf(E element);

    /** Writes the element's scalar end, and nothing else. */
    protected abstract void writeOwner(E element, O owner);

    /**
     * For the collection of associations of a class declared with
     * {@code @AssociationObject(unique = true)}: the object at the association's other end, which
     * the association links with its owner here ({@code association.child} for
     * {@code Parent.children}). The default, for every other end, answers {@code null}: no pair is
     * checked.
     */
    protected Object pairedWith(E association) {
        return null;
    }

    /**
     * The collection of associations of {@code paired}, an object {@link #pairedWith} answered
     * ({@code child.parents}), or {@code null}. Generated code overrides it with {@link #pairedWith}.
     */
    protected Collection<E> associationsOfPaired(Object paired) {
        return null;
    }

    /**
     * The rule of an association class declared with {@code @AssociationObject(unique = true)}: a
     * left and a right object are linked by at most one association. Every helper and live view that
     * links an association checks it before anything changes ({@link #refuseLink},
     * {@link #refuseLinks}, {@link #validateLink}), so that a refused second association of a pair
     * leaves every collection and field as it was, with nothing to undo. It reads the smaller of the
     * two collections of associations, the owner's and the other object's: nothing for an
     * association whose other end is still empty, one pass over the shorter collection otherwise.
     * On every other end {@link #pairedWith} answers {@code null}, and that is all it costs.
     *
     * @throws IllegalStateException ({@code [RelateAlreadyLinked]}) naming the association there
     */
    @Override
    final void refuseLink(O owner, E association, E leaving) {
        Object paired = pairedWith(association);
        if (paired != null) {
            refusePair(owner, paired, association, null, leaving);
        }
    }

    /**
     * {@link #refuseLink} for {@code arriving}, linked together as one operation: each non-member
     * against the associations of the owner that stay ({@code staying}, or all of them where it is
     * {@code null}), and against the others arriving.
     */
    @Override
    final void refuseLinks(O owner, Collection<? extends E> arriving, Collection<?> staying) {
        Map<Object, E> pairs = null;
        for (E association : arriving) {
            Object paired = association == null ? null : pairedWith(association);
            if (paired == null || Proxies.same(ownerOf(association), owner)) {
                continue;
            }
            refusePair(owner, paired, association, staying, null);
            if (pairs == null) {
                pairs = new IdentityHashMap<>();
            }
            E first = pairs.putIfAbsent(paired, association);
            if (first != null && first != association) {
                throw Problems.alreadyLinked(name(), first, owner, paired);
            }
        }
    }

    /**
     * Throws if an association other than {@code association} links {@code owner} with
     * {@code paired} and stays: one that is not {@code leaving}, and is in {@code staying} where that
     * is given. Nothing is read where {@code paired} has no collection of associations (as on every
     * end whose pairs are not checked).
     */
    final void refusePair(O owner, Object paired, E association, Collection<?> staying, E leaving) {
        Collection<E> paireds = associationsOfPaired(paired);
        Collection<E> owners = collection(owner);
        if (paireds == null || owners == null) {
            return;
        }
        for (E other : owners.size() <= paireds.size() ? owners : paireds) {
            if (other != association && other != leaving && other != null && ownerOf(other) == owner
                    && pairedWith(other) == paired && (staying == null || staying.contains(other))) {
                throw Problems.alreadyLinked(name(), other, owner, paired);
            }
        }
    }

    /**
     * Reads the element's scalar end, for {@link #assign(Object, Object)}: the owner whose collection
     * the element is in, or {@code null}.
     */
    @Override
    final Object scalarOf(E element) {
        return ownerOf(element);
    }

    /**
     * What {@link #assign(Object, Object)} leaves to the general path: an end pointing at an object
     * of another class than {@code owner}, which may be {@code owner}'s proxy or the entity behind it.
     */
    @Override
    final void assignInGeneral(E element, Object previous, O owner) {
        if (Proxies.same(previous, owner)) {
            return;
        }
        if (owner != null) {
            add(owner, element);
        } else {
            remove(cast(previous, owner), element);
        }
    }

    /**
     * The first half of the short path of {@link #add(Object, Object)} (see {@link CollectionEnd}):
     * an element whose end points at the owner is a member; a non-member enters the collection.
     * Left to the general path: a tree end ({@code acyclic}), associations checked per pair, a
     * previous owner of another class than the owner (a proxy), and a collection that refuses the
     * element (an equal object is there: the general path throws, naming it).
     */
    @Override
    final int joinPlain(O owner, E element, C collection) {
        O previous = ownerOf(element);
        if (previous == owner) {
            return UNCHANGED;
        }
        if (acyclic || pairedWith(element) != null
                || previous != null && previous.getClass() != owner.getClass()
                || !Links.add(collection, element)) {
            return GENERAL;
        }
        return JOINED;
    }

    /**
     * The second half: points the element at the owner; if that fails, takes it out of
     * {@code collection} again. The previous owner's collection is next ({@link #leavePrevious}), as in
     * the general path ({@link #linked(Object, Object)}).
     */
    @Override
    final Object linkPlain(O owner, E element, C collection) {
        O previous = ownerOf(element);
        try {
            writeOwner(element, owner);
        } catch (RuntimeException | Error e) {
            takeBack(e, collection, element);
            throw e;
        }
        return previous;
    }

    @Override
    final void leavePrevious(Object previous, E element, O owner, C collection) {
        if (previous == null) {
            return;
        }
        O left = cast(previous, owner);
        try {
            Links.removeSame(collection(left), element);
        } catch (RuntimeException | Error e) {
            undoMove(e, element, left, collection);
            throw e;
        }
    }

    /**
     * After {@code failure} in {@link #leavePrevious}: points the element back at {@code previous}, and
     * takes it back.
     */
    private void undoMove(Throwable failure, E element, O previous, C collection) {
        Journal.undo(failure, () -> writeOwner(element, previous));
        takeBack(failure, collection, element);
    }

    /** {@code previous}, an owner of the class of {@code owner}, as an owner. */
    @SuppressWarnings("unchecked")
    private static <O> O cast(Object previous, O owner) {
        return (O) previous;
    }

    /**
     * The first half of the short path of {@link #remove(Object, Object)}: a member (its end points
     * at the owner) is taken out of a collection that puts it back in its place if clearing its end
     * fails (a list, a hash set, a sorted set). Left to the general path: an object of another class
     * than the element type, an end pointing at an object of another class than the owner (a proxy),
     * and other collections.
     */
    @Override
    final int leavePlain(O owner, Object element, C collection) {
        if (!isElement(element)) {
            return GENERAL;
        }
        O current = ownerOf(knownElement(element));
        if (current != owner) {
            return current == null || current.getClass() == owner.getClass() ? NOT_MEMBER : GENERAL;
        }
        if (!Links.addingRestoresPlace(collection)) {
            return GENERAL;
        }
        return Links.removeSameAt(collection, element);
    }

    /** The second half: clears the member's end; if that fails, puts it back where it was. */
    @Override
    final void unlinkPlain(O owner, E member, C collection, int where) {
        try {
            writeOwner(member, null);
        } catch (RuntimeException | Error e) {
            putBack(e, collection, member, where);
            throw e;
        }
    }

    /**
     * {@link #assign(Object, Object)} as one step of a larger operation, recording what undoes it in
     * {@code journal}.
     */
    final void assign(E element, O owner, Journal journal) {
        O previous = ownerOf(element);
        if (Proxies.same(previous, owner)) {
            return;
        }
        if (owner != null) {
            C collection = collectionOrCreate(owner, journal);
            add(owner, element, collection, journal);
            if (positioned) {
                renumber(owner, collection.size() - 1, journal);
            }
        } else {
            remove(previous, element, journal);
        }
    }

    /**
     * Takes {@code element} out of the owner's collection and clears its end, everything or nothing.
     *
     * @return where it was, for {@link #putBack}
     */
    final int takeOut(O owner, E element) {
        C collection = collection(owner);
        int where = Links.removeSameAt(collection, element);
        try {
            writeOwner(element, null);
        } catch (RuntimeException | Error e) {
            Journal.undo(e, () -> Links.putBack(collection, element, where));
            throw e;
        }
        return where;
    }

    /** Undoes {@link #takeOut}, which answered {@code where}. */
    final void putBack(O owner, E element, int where) {
        Links.putBack(collection(owner), element, where);
        writeOwner(element, owner);
    }

    /**
     * Refuses a second association of a pair ({@link #refuseLink}), then, where a class validates
     * the end, validates the link: one that moves the element validates its unlink from the previous
     * owner first.
     */
    @Override
    final void validateLink(O owner, E element) {
        refuseLink(owner, element, null);
        if (validates()) {
            O previous = ownerOf(element);
            if (previous != null && !Proxies.same(previous, owner)) {
                beforeChange(previous, element, false);
            }
            beforeChange(owner, element, true);
        }
    }

    @Override
    protected final boolean isMember(O owner, Object element) {
        return isElement(element) && Proxies.same(ownerOf(cast(element)), owner);
    }

    /**
     * Points the element at the owner, then takes it out of its previous owner's collection: the
     * write is undone by writing the previous owner back if taking it out fails.
     */
    @Override
    final void linked(O owner, E element) {
        if (positioned) {
            // leaving the previous owner's list renumbers what followed it there: several steps
            Journal journal = new Journal();
            try {
                linked(owner, element, journal);
            } catch (RuntimeException | Error e) {
                journal.rollBack(e);
                throw e;
            }
            journal.commit();
            return;
        }
        if (acyclic) {
            refuseCycle(owner, element);
        }
        O previous = ownerOf(element);
        boolean moved = previous != null && !Proxies.same(previous, owner);
        writeOwner(element, owner);
        if (moved) {
            try {
                Links.removeSame(collection(previous), element);
            } catch (RuntimeException | Error e) {
                Journal.undo(e, () -> writeOwner(element, previous));
                throw e;
            }
        }
    }

    @Override
    final void linked(O owner, E element, Journal journal) {
        if (acyclic) {
            refuseCycle(owner, element);
        }
        O previous = ownerOf(element);
        boolean moved = previous != null && !Proxies.same(previous, owner);
        journal.onFailure(() -> writeOwner(element, previous));
        writeOwner(element, owner);
        if (moved) {
            int where = journal.remove(collection(previous), element);
            if (positioned && where >= 0) {
                renumber(previous, where, journal);
            }
            recordChange(previous, element, false, journal);
        }
        recordChange(owner, element, true, journal);
    }

    /**
     * Throws, before anything changes, if {@code element} is {@code owner} or one of its ancestors:
     * walks up from {@code owner} through the scalar ends, O(depth). An object that is not of the
     * element type has no scalar end, and ends the walk. A loop among the ancestors that does not pass
     * through {@code element} (made by writing fields directly) ends it too, found by Brent's method
     * without allocating.
     */
    private void refuseCycle(O owner, E element) {
        Object current = owner;
        Object mark = current;
        int power = 1;
        int steps = 0;
        while (current != null) {
            if (current == element) {
                throw current == owner ? Problems.ownParent(name(), element)
                        : Problems.cycle(name(), element, owner);
            }
            if (!isElement(current)) {
                return;
            }
            if (steps == power) {
                mark = current;
                power <<= 1;
                steps = 0;
            }
            current = ownerOf(cast(current));
            steps++;
            if (current == mark) {
                return;
            }
        }
    }

    /** What {@link #unlinked} answers for an element whose end it cleared, with its old position in the low bits. */
    private static final long CLEARED = 1L << 32;

    /**
     * Clears the element's end, and for an end that keeps positions sets its position to {@code -1}.
     *
     * @return {@link #CLEARED} with the element's old position in the low 32 bits if the element's
     *         end pointed at the owner and was cleared, else 0
     */
    @Override
    final long unlinked(O owner, E element) {
        if (!Proxies.same(ownerOf(element), owner)) {
            return 0;
        }
        if (!positioned) {
            writeOwner(element, null);
            return CLEARED;
        }
        int old = positionOf(element);
        writeOwner(element, null);
        try {
            positionTo(element, -1);
        } catch (RuntimeException | Error e) {
            Journal.undo(e, () -> writeOwner(element, owner));
            throw e;
        }
        return CLEARED | (old & 0xffffffffL);
    }

    @Override
    final void relinked(O owner, E element, long where) {
        if (where != 0) {
            writeOwner(element, owner);
            if (positioned) {
                positionTo(element, (int) where);
            }
        }
    }
}

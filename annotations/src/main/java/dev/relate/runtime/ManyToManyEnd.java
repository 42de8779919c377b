package dev.relate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.SortedSet;

/**
 * One collection end of a many-to-many relationship: {@code left.rights}, whose elements each hold
 * the other end, {@code right.lefts}. {@code r} is in {@code l.rights} exactly when {@code l} is in
 * {@code r.lefts}, once.
 *
 * <p>Membership is by identity, as everywhere in relate. A hash set answers in O(1) for classes that
 * keep {@code Object}'s {@code equals}, and rules a non-member out in O(1) for any class; a member
 * of a class with its own {@code equals} is confirmed in a sorted set in O(log n), else by searching
 * the smaller end.
 *
 * @param <O> the class that owns this end
 * @param <E> the class on the other side
 * @param <C> the declared type of this end's field
 * @param <I> the declared type of the other end's field
 */
public abstract class ManyToManyEnd<O, E, C extends Collection<E>, I extends Collection<O>>
        extends CollectionEnd<O, E, C> {
    private final String inverseName;

    /**
     * @param name this end, {@code "Parent.children"}
     * @param elementType the class on the other side
     * @param inverseName the other end, {@code "Child.parents"}
     */
    protected ManyToManyEnd(String name, Class<E> elementType, String inverseName) {
        this(name, elementType, inverseName, 0);
    }

    /**
     * @param events {@link #VALIDATES} and {@link #LISTENS}, or-ed, where a class declares a validator
     *     or a listener of the end (this one or the other)
     */
    protected ManyToManyEnd(String name, Class<E> elementType, String inverseName, int events) {
        super(name, elementType, false, events);
        this.inverseName = inverseName;
    }

    /** Reads the other end's field on an element: its collection, or {@code null}. */
    protected abstract I inverse(E element);

    /**
     * Writes the element's field of the other end: a new, empty collection, returned, where
     * {@code create} is true (the field is {@code null}); else {@code null} again, after an operation
     * that created the collection failed (as {@link #storeCollection} does for the owner's). The
     * default throws: generated code overrides it where it can.
     */
    protected I storeInverse(E element, boolean create) {
        throw Problems.cannotCreate(inverseName);
    }

    /**
     * Writes {@code null} to the element's field of the other end again, whose collection an operation
     * created ({@link #storeInverse}) and then failed: the field is as it was.
     */
    final void dropInverse(E element) {
        storeInverse(element, false);
    }

    /**
     * Whether {@code element} itself is in the owner's collection. A hash set's own lookup answers by
     * equality: for a class that keeps {@code Object}'s {@code equals} that is identity, and the answer
     * is final (O(1)). For a class with its own {@code equals} (or a sorted set's comparator) a lookup
     * can only confirm: a set may hold an equal but different object, and it misses an element whose
     * hash code or key changed while it was in the set (an id assigned after linking). So a sorted set
     * is asked for the very object it holds (O(log n)), and otherwise the smaller of the two
     * collections is searched by identity: O(smaller end), usually the few partners of the element.
     */
    @Override
    protected final boolean isMember(O owner, Object element) {
        if (!isElement(element)) {
            return false;
        }
        C own = collection(owner);
        if (own == null) {
            return false;
        }
        E member = cast(element);
        I other = inverse(member);
        if (other == null) {
            return false;
        }
        int ownShape = Links.shape(own);
        if (ownShape == Links.UNSORTED_SET && comparesByIdentity(member)) {
            return Links.contains(own, member); // the set's own lookup compared by identity
        }
        int otherShape = Links.shape(other);
        if (otherShape == Links.UNSORTED_SET && Links.equalsIsIdentity(owner)) {
            return Links.contains(other, owner);
        }
        if (ownShape == Links.SORTED_SET && Links.holdsItself((SortedSet<E>) own, member)) {
            return true;
        }
        if (otherShape == Links.SORTED_SET && Links.holdsItself((SortedSet<O>) other, owner)) {
            return true;
        }
        return other.size() < own.size() ? Links.containsItself(other, owner) : Links.containsItself(own, member);
    }

    /**
     * The first half of the short path of {@link #add(Object, Object)} (see {@link CollectionEnd})
     * where both collections are {@code ArrayList}s (membership: the smaller one searched by
     * identity) or the owner's is a {@code HashSet} of a class that keeps {@code Object}'s
     * {@code equals} (membership: the set's own lookup): a non-member enters the owner's collection.
     * Every other case is left to the general path.
     */
    @Override
    final int joinPlain(O owner, E element, C own) {
        I other = inverse(element);
        if (other == null) {
            return GENERAL;
        }
        Class<?> ownType = own.getClass();
        if (ownType == ArrayList.class && other.getClass() == ArrayList.class) {
            if (other.size() < own.size() ? Links.containsItself(other, owner) : Links.containsItself(own, element)) {
                return UNCHANGED;
            }
            ((ArrayList<E>) own).add(element);
            return JOINED;
        }
        if (ownType == HashSet.class && comparesByIdentity(element)) {
            return ((HashSet<E>) own).add(element) ? JOINED : UNCHANGED;
        }
        return GENERAL;
    }

    /**
     * The second half: adds the owner to the element's collection; if that fails, takes the element
     * out again. An element leaves no previous owner: the answer is {@code null}.
     */
    @Override
    final Object linkPlain(O owner, E element, C own) {
        try {
            if (!Links.add(inverse(element), owner)) {
                throw Problems.equalElement(inverseName, owner);
            }
        } catch (RuntimeException | Error e) {
            takeBack(e, own, element);
            throw e;
        }
        return null;
    }

    /**
     * The first half of the short path of {@link #remove(Object, Object)}, for the collections
     * {@link #joinPlain} handles: takes a member out of the owner's collection.
     */
    @Override
    final int leavePlain(O owner, Object element, C own) {
        if (!isElement(element)) {
            return GENERAL;
        }
        E member = knownElement(element);
        I other = inverse(member);
        if (other == null) {
            return GENERAL;
        }
        Class<?> ownType = own.getClass();
        if (ownType == ArrayList.class && other.getClass() == ArrayList.class) {
            ArrayList<E> list = (ArrayList<E>) own;
            int where = Links.indexOfSame(list, member);
            if (where < 0) {
                return NOT_MEMBER;
            }
            list.remove(where);
            return where;
        }
        if (ownType == HashSet.class && comparesByIdentity(member)) {
            // a miss goes to the general path, which also looks for a proxy of the element
            return ((HashSet<E>) own).remove(member) ? Links.IN_SET : GENERAL;
        }
        return GENERAL;
    }

    /** The second half: takes the owner out of the element's collection; if that fails, puts the element back. */
    @Override
    final void unlinkPlain(O owner, E member, C own, int where) {
        try {
            Links.removeSame(inverse(member), owner);
        } catch (RuntimeException | Error e) {
            putBack(e, own, member, where);
            throw e;
        }
    }

    @Override
    final void linked(O owner, E element) {
        addOwner(owner, element);
    }

    @Override
    final void linked(O owner, E element, Journal journal) {
        if (inverse(element) == null) {
            // undone after the add below (a journal undoes last first): the field is null again
            journal.onFailure(() -> dropInverse(element));
        }
        addOwner(owner, element);
        journal.onFailure(() -> Links.removeSame(inverse(element), owner));
        recordChange(owner, element, true, journal);
    }

    /** Adds the owner to the element's collection, everything or nothing: one it creates is dropped if adding fails. */
    private void addOwner(O owner, E element) {
        I other = inverse(element);
        if (other == null) {
            Journal.addToCreated(storeInverse(element, true), owner, () -> dropInverse(element));
            return;
        }
        if (!Links.add(other, owner)) {
            throw Problems.equalElement(inverseName, owner);
        }
    }

    /** @return where the element's collection held the owner, as {@link Links#removeSameAt} tells */
    @Override
    final long unlinked(O owner, E element) {
        return Links.removeSameAt(inverse(element), owner);
    }

    @Override
    final void unlinkedLast(O owner, E element) {
        Links.removeSame(inverse(element), owner);
    }

    @Override
    final void relinked(O owner, E element, long where) {
        Links.putBack(inverse(element), owner, (int) where);
    }
}

package dev.relate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A collection end of a relationship: the field {@code owner.items} of type {@code C}, holding
 * elements of type {@code E}. Generated code subclasses it once per end and supplies field access;
 * the subclasses of this package supply what the other end does when an element comes or goes.
 *
 * <p>Every operation keeps both ends in sync: an element enters the collection only through
 * {@link #linked} and leaves it only through {@link #unlinked}.
 *
 * @param <O> the class that owns the collection
 * @param <E> the element class
 * @param <C> the declared type of the field
 */
public abstract class CollectionEnd<O, E, C extends Collection<E>> {
    private final String name;
    private final Class<E> elementType;
    /** Whether the element class itself keeps {@code Object}'s {@code equals}, read once. */
    private final boolean elementTypeComparesByIdentity;

    /**
     * @param name the end as users write it, {@code "Parent.children"}, for messages
     * @param elementType the element class, to recognise elements among plain objects
     */
    protected CollectionEnd(String name, Class<E> elementType) {
        this.name = name;
        this.elementType = elementType;
        this.elementTypeComparesByIdentity = Links.classComparesByIdentity(elementType);
    }

    /** Reads the field: the collection, or {@code null}. */
    protected abstract C collection(O owner);

    /**
     * Creates the collection of an owner whose field is {@code null}, stores it in the field and
     * returns it. The default throws: generated code overrides it where the field can be written
     * and its type instantiated.
     */
    protected C createCollection(O owner) {
        throw Problems.cannotCreate(name);
    }

    /** Whether {@code element} is in the owner's collection, by identity, as the inverse end tells. */
    protected abstract boolean isMember(O owner, Object element);

    /** {@code element} has just entered the owner's collection: point the other end at the owner. */
    protected abstract void linked(O owner, E element);

    /** {@code element} has just left the owner's collection: clear the other end. */
    protected abstract void unlinked(O owner, E element);

    /** The end as users write it, {@code "Parent.children"}. */
    public final String name() {
        return name;
    }

    /**
     * Adds {@code element} to the owner's collection and links the other end.
     *
     * @return {@code false} if it was already there, which changes nothing
     * @throws IllegalArgumentException if the collection holds an equal but different object
     */
    public final boolean add(O owner, E element) {
        checkOwner(owner);
        checkElement(element);
        C collection = collection(owner);
        if (collection != null && lookupIsIdentity(collection, element)) {
            // a hash set of a class that keeps Object's equals answers membership itself: one lookup
            if (!Links.add(collection, element)) {
                return false;
            }
            linkOrTakeBack(owner, element, collection);
            return true;
        }
        if (isMember(owner, element)) {
            return false;
        }
        if (collection == null) {
            collection = createCollection(owner);
        }
        insert(owner, element, collection);
        return true;
    }

    /**
     * Removes {@code element} from the owner's collection and clears the other end.
     *
     * @return {@code false} if it was not there, which changes nothing
     */
    public final boolean remove(O owner, Object element) {
        checkOwner(owner);
        if (element == null) {
            return false;
        }
        C collection = collection(owner);
        if (collection != null && lookupIsIdentity(collection, element)) {
            if (!Links.remove(collection, element)) {
                return false;
            }
            unlinked(owner, knownElement(element));
            return true;
        }
        if (!isMember(owner, element)) {
            return false;
        }
        E member = elementType.cast(element);
        Links.removeSame(collection(owner), member);
        unlinked(owner, member);
        return true;
    }

    /**
     * Replaces the owner's whole collection with {@code elements}: what left is unlinked, what came
     * in is linked (and leaves its previous owner), what stayed is not touched. Repeated elements are
     * kept once, in the order given (a list, or a set that keeps insertion order, takes that order).
     *
     * <p>It changes everything or nothing: the collection is rewritten first, so a collection that
     * refuses an element (a set already holding an equal one) is restored; then what came in is
     * linked, so an other end that refuses a link (a many-to-many set holding an equal owner) undoes
     * the links made and restores the collection; only then is what left unlinked, which cannot fail.
     */
    public final void replace(O owner, Collection<? extends E> elements) {
        checkOwner(owner);
        if (elements == null) {
            throw new NullPointerException("the elements given for " + name + " are null");
        }
        List<E> incoming = new ArrayList<>(elements.size());
        Set<E> kept = Links.identitySet();
        for (E element : nonNullCopy(elements)) {
            if (kept.add(element)) {
                incoming.add(element);
            }
        }
        C collection = collection(owner);
        if (collection == null) {
            if (incoming.isEmpty()) {
                return;
            }
            collection = createCollection(owner);
        }
        List<E> arriving = new ArrayList<>();
        for (E element : incoming) {
            if (!isMember(owner, element)) {
                arriving.add(element);
            }
        }
        List<E> previous = new ArrayList<>(collection);
        if (!inOrder(previous, incoming)) {
            rewrite(collection, incoming, previous);
        }
        List<E> linkedSoFar = new ArrayList<>(arriving.size());
        try {
            for (E element : arriving) {
                linked(owner, element);
                linkedSoFar.add(element);
            }
        } catch (RuntimeException e) {
            for (int i = linkedSoFar.size() - 1; i >= 0; i--) {
                unlinked(owner, linkedSoFar.get(i));
            }
            collection.clear();
            collection.addAll(previous);
            throw e;
        }
        for (E element : previous) {
            if (!kept.contains(element)) {
                unlinked(owner, element);
            }
        }
    }

    /** Makes {@code collection} hold {@code incoming}, or, if it refuses one, {@code previous} again. */
    private void rewrite(C collection, List<E> incoming, List<E> previous) {
        collection.clear();
        try {
            for (E element : incoming) {
                if (!collection.add(element)) {
                    throw Problems.equalElement(name, element);
                }
            }
        } catch (RuntimeException e) {
            collection.clear();
            collection.addAll(previous);
            throw e;
        }
    }

    private static boolean inOrder(List<?> actual, List<?> expected) {
        if (actual.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (actual.get(i) != expected.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Empties the owner's collection and unlinks every element. */
    public final void clear(O owner) {
        checkOwner(owner);
        C collection = collection(owner);
        if (collection == null || collection.isEmpty()) {
            return;
        }
        List<E> removed = new ArrayList<>(collection);
        collection.clear();
        for (E element : removed) {
            unlinked(owner, element);
        }
    }

    /**
     * Inserts a non-member into {@code target}, the owner's collection or a range of it, and links it;
     * if the other end refuses the link, takes it out again.
     */
    final void insert(O owner, E element, Collection<E> target) {
        if (!Links.add(target, element)) {
            throw Problems.equalElement(name, element);
        }
        linkOrTakeBack(owner, element, target);
    }

    /** Links the other end of an element just added to {@code target}; if that fails, takes it out again. */
    private void linkOrTakeBack(O owner, E element, Collection<E> target) {
        try {
            linked(owner, element);
        } catch (RuntimeException e) {
            Links.removeSame(target, element);
            throw e;
        }
    }

    /**
     * Removes the members of {@code target} that match, then unlinks them. The filter sees every
     * element before anything is removed, so a filter that throws changes nothing (a collection's own
     * {@code removeIf} may have removed some elements by then).
     */
    final boolean removeMatching(O owner, Collection<E> target, Predicate<? super E> filter) {
        if (filter == null) {
            throw new NullPointerException("filter");
        }
        if (target == null || target.isEmpty()) {
            return false;
        }
        List<E> removed = new ArrayList<>();
        for (E element : target) {
            if (filter.test(element)) {
                removed.add(element);
            }
        }
        if (removed.isEmpty()) {
            return false;
        }
        Set<E> doomed = Links.identitySet();
        doomed.addAll(removed);
        target.removeIf(doomed::contains);
        for (E element : removed) {
            unlinked(owner, element);
        }
        return true;
    }

    /**
     * A copy of {@code elements}, checked for null before anything changes. Copying first lets
     * elements move here out of {@code elements} itself (another owner's view or field).
     */
    final List<E> nonNullCopy(Collection<? extends E> elements) {
        List<E> copy = new ArrayList<>(elements);
        for (E element : copy) {
            checkElement(element);
        }
        return copy;
    }

    /**
     * Whether {@code collection} is a set whose own lookup of {@code element} compares by identity:
     * O(1) for a hash set.
     */
    private boolean lookupIsIdentity(Collection<E> collection, Object element) {
        return Links.shape(collection) == Links.UNSORTED_SET && comparesByIdentity(element);
    }

    /**
     * Whether {@code object} is of the element type and its class keeps {@code Object}'s
     * {@code equals}. An object of the element class itself, the usual case, is answered from a field.
     */
    final boolean comparesByIdentity(Object object) {
        if (object.getClass() == elementType) {
            return elementTypeComparesByIdentity;
        }
        return isElement(object) && Links.equalsIsIdentity(object);
    }

    /** {@code object}, known to be of the element type, as one: no check at run time. */
    @SuppressWarnings("unchecked")
    private E knownElement(Object object) {
        return (E) object;
    }

    /** Whether {@code object} is of the element type. */
    final boolean isElement(Object object) {
        return elementType.isInstance(object);
    }

    /** The element type's cast, for objects known to be members. */
    final E cast(Object member) {
        return elementType.cast(member);
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

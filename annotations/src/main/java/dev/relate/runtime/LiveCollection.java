package dev.relate.runtime;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.function.Predicate;

/**
 * A live view of a collection end, or of a range of it. Reads go to the owner's field on every
 * call; every mutation goes through the end. Membership ({@code contains}, {@code remove}) is by
 * identity, the way relate links objects.
 *
 * <p>Generated code subclasses it once per end, its {@code add} and {@code remove} calling
 * {@link #addThrough} and {@link #removeThrough} with the end's constant: see
 * {@link LiveList#addThrough}.
 */
public class LiveCollection<O, E> extends AbstractCollection<E> implements LiveView {
    final CollectionEnd<O, E, ? extends Collection<E>> end;
    final O owner;

    /**
     * A view of the whole of the owner's collection.
     *
     * @throws NullPointerException if {@code owner} is {@code null}
     */
    protected LiveCollection(CollectionEnd<O, E, ? extends Collection<E>> end, O owner) {
        end.checkOwner(owner);
        this.end = end;
        this.owner = owner;
    }

    /** The collection this view shows, or {@code null} while the owner's field is null. */
    Collection<E> target() {
        return end.collection(owner);
    }

    /** Whether this view shows every element of the end, rather than a range. */
    boolean isWhole() {
        return true;
    }

    @Override
    public int size() {
        Collection<E> target = target();
        return target == null ? 0 : target.size();
    }

    @Override
    public boolean isEmpty() {
        Collection<E> target = target();
        return target == null || target.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        if (!end.isMember(owner, o)) {
            return false;
        }
        if (isWhole()) {
            return true;
        }
        Collection<E> target = target();
        return target != null && target.contains(o);
    }

    @Override
    public Iterator<E> iterator() {
        Collection<E> target = target();
        return target == null ? Collections.<E>emptyIterator() : new UnlinkingIterator(target.iterator());
    }

    /**
     * The collection that {@link #add} adds to: the owner's collection (created if the field is null),
     * or the range this view shows of it.
     */
    Collection<E> addTarget() {
        return end.collectionOrCreate(owner);
    }

    /** Adds through the end, with its fast paths (one lookup in a hash set); a range view checks its range. */
    @Override
    public boolean add(E e) {
        return addThrough(end, e);
    }

    /** {@link #add(Object)} through {@code end}, this view's end: see {@link LiveList#addThrough}. */
    protected final boolean addThrough(CollectionEnd<O, E, ? extends Collection<E>> end, E e) {
        if (isWhole()) {
            return end.add(owner, e);
        }
        end.checkElement(e);
        if (end.isMember(owner, e)) {
            return false;
        }
        end.validateLink(owner, e);
        boolean created = end.collection(owner) == null;
        try {
            end.insert(owner, e, addTarget());
        } catch (RuntimeException | Error failure) {
            if (created) {
                end.dropCollection(failure, owner);
            }
            throw failure;
        }
        return true;
    }

    /**
     * Adds each element as {@link #add} does, everything or nothing. The elements are read first, so
     * that moving them here may take them out of {@code c} itself (another owner's view or field), and
     * checked for null before anything changes.
     */
    @Override
    public boolean addAll(Collection<? extends E> c) {
        return end.addAll(owner, end.nonNullCopy(c), this::addTarget);
    }

    @Override
    public boolean remove(Object o) {
        return removeThrough(end, o);
    }

    /** {@link #remove(Object)} through {@code end}, this view's end: see {@link LiveList#addThrough}. */
    protected final boolean removeThrough(CollectionEnd<O, E, ? extends Collection<E>> end, Object o) {
        if (isWhole()) {
            return end.remove(owner, o);
        }
        if (!contains(o)) {
            return false;
        }
        end.detach(owner, target(), end.cast(o));
        return true;
    }

    @Override
    public void clear() {
        if (isWhole()) {
            end.clear(owner);
        } else {
            removeIf(e -> true);
        }
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        return end.removeMatching(owner, target(), filter) > 0;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return removeIf(Links.membership(c));
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return removeIf(Links.membership(c).negate());
    }

    @Override
    public Object[] toArray() {
        Collection<E> target = target();
        return target == null ? new Object[0] : target.toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        Collection<E> target = target();
        if (target == null) {
            if (a.length > 0) {
                a[0] = null;
            }
            return a;
        }
        return target.toArray(a);
    }

    /** Iterates the collection itself (so concurrent changes fail fast) and unlinks what it removes. */
    class UnlinkingIterator implements Iterator<E> {
        private final Iterator<E> delegate;
        private E last;

        UnlinkingIterator(Iterator<E> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public E next() {
            last = delegate.next();
            return last;
        }

        @Override
        public void remove() {
            E removed = last;
            if (removed == null) {
                delegate.remove(); // throws IllegalStateException
                return;
            }
            end.removeThrough(delegate, owner, removed);
            last = null;
        }
    }
}

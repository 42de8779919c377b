package dev.relate.runtime;

import java.util.Collections;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.SortedSet;
import java.util.function.UnaryOperator;

/**
 * A live {@link NavigableSet} view of a navigable set end, or of a range of it. Generated code
 * subclasses it once per navigable set end, its {@code add} and {@code remove} calling
 * {@link #addThrough} and {@link #removeThrough}: see {@link LiveList#addThrough}.
 */
public class LiveNavigableSet<O, E> extends LiveSortedSet<O, E> implements NavigableSet<E> {
    private final CollectionEnd<O, E, ? extends NavigableSet<E>> navigableEnd;
    /** The range this view shows, applied to the owner's set; {@code null} for the whole set. */
    private final UnaryOperator<NavigableSet<E>> range;

    /**
     * A view of the whole of the owner's set.
     *
     * @throws NullPointerException if {@code owner} is {@code null}
     */
    protected LiveNavigableSet(CollectionEnd<O, E, ? extends NavigableSet<E>> end, O owner) {
        this(end, owner, null);
    }

    LiveNavigableSet(CollectionEnd<O, E, ? extends NavigableSet<E>> end, O owner,
            UnaryOperator<NavigableSet<E>> range) {
        super(end, owner, range == null ? null : set -> range.apply((NavigableSet<E>) set));
        this.navigableEnd = end;
        this.range = range;
    }

    @Override
    NavigableSet<E> target() {
        return (NavigableSet<E>) super.target();
    }

    private NavigableSet<E> narrowed(UnaryOperator<NavigableSet<E>> narrower) {
        UnaryOperator<NavigableSet<E>> outer = range;
        return new LiveNavigableSet<>(navigableEnd, owner,
                outer == null ? narrower : set -> narrower.apply(outer.apply(set)));
    }

    @Override
    public E lower(E e) {
        NavigableSet<E> target = target();
        return target == null ? null : target.lower(e);
    }

    @Override
    public E floor(E e) {
        NavigableSet<E> target = target();
        return target == null ? null : target.floor(e);
    }

    @Override
    public E ceiling(E e) {
        NavigableSet<E> target = target();
        return target == null ? null : target.ceiling(e);
    }

    @Override
    public E higher(E e) {
        NavigableSet<E> target = target();
        return target == null ? null : target.higher(e);
    }

    @Override
    public E pollFirst() {
        NavigableSet<E> target = target();
        if (target != null && end.validates() && !target.isEmpty()) {
            end.validateUnlink(owner, target.first());
        }
        return target == null ? null : unlinked(target, target.pollFirst());
    }

    @Override
    public E pollLast() {
        NavigableSet<E> target = target();
        if (target != null && end.validates() && !target.isEmpty()) {
            end.validateUnlink(owner, target.last());
        }
        return target == null ? null : unlinked(target, target.pollLast());
    }

    /**
     * Unlinks what a poll took out of {@code target}; if that fails, puts it back (in its place: the set
     * is sorted).
     */
    private E unlinked(NavigableSet<E> target, E removed) {
        if (removed != null) {
            end.unlinkOrPutBack(owner, removed, target, Links.IN_SET);
        }
        return removed;
    }

    @Override
    public NavigableSet<E> descendingSet() {
        return narrowed(NavigableSet::descendingSet);
    }

    @Override
    public Iterator<E> descendingIterator() {
        NavigableSet<E> target = target();
        return target == null ? Collections.<E>emptyIterator() : new UnlinkingIterator(target.descendingIterator());
    }

    @Override
    public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return narrowed(set -> set.subSet(fromElement, fromInclusive, toElement, toInclusive));
    }

    @Override
    public NavigableSet<E> headSet(E toElement, boolean inclusive) {
        return narrowed(set -> set.headSet(toElement, inclusive));
    }

    @Override
    public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return narrowed(set -> set.tailSet(fromElement, inclusive));
    }

    @Override
    public SortedSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    @Override
    public SortedSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    @Override
    public SortedSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }
}

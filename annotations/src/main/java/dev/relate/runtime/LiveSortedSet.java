package dev.relate.runtime;

import java.util.Collection;
import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.function.UnaryOperator;

/**
 * A live {@link SortedSet} view of a sorted set end, or of a range of it. Generated code subclasses
 * it once per sorted set end, its {@code add} and {@code remove} calling
 * {@link #addThrough} and {@link #removeThrough}: see {@link LiveList#addThrough}.
 */
public class LiveSortedSet<O, E> extends LiveSet<O, E> implements SortedSet<E> {
    private final CollectionEnd<O, E, ? extends SortedSet<E>> sortedEnd;
    /** The range this view shows, applied to the owner's set; {@code null} for the whole set. */
    private final UnaryOperator<SortedSet<E>> range;

    /**
     * A view of the whole of the owner's set.
     *
     * @throws NullPointerException if {@code owner} is {@code null}
     */
    protected LiveSortedSet(CollectionEnd<O, E, ? extends SortedSet<E>> end, O owner) {
        this(end, owner, null);
    }

    LiveSortedSet(CollectionEnd<O, E, ? extends SortedSet<E>> end, O owner, UnaryOperator<SortedSet<E>> range) {
        super(end, owner);
        this.sortedEnd = end;
        this.range = range;
    }

    @Override
    SortedSet<E> target() {
        SortedSet<E> set = sortedEnd.collection(owner);
        return set == null || range == null ? set : range.apply(set);
    }

    /**
     * The range this view shows of the owner's set (created if the field is null): a range view's set
     * refuses an element outside it before anything changes.
     */
    @Override
    Collection<E> addTarget() {
        SortedSet<E> set = sortedEnd.collectionOrCreate(owner);
        return range == null ? set : range.apply(set);
    }

    @Override
    final boolean isWhole() {
        return range == null;
    }

    /** A view of a narrower range: this view's range, then {@code narrower}. */
    private SortedSet<E> narrowed(UnaryOperator<SortedSet<E>> narrower) {
        UnaryOperator<SortedSet<E>> outer = range;
        return new LiveSortedSet<>(sortedEnd, owner,
                outer == null ? narrower : set -> narrower.apply(outer.apply(set)));
    }

    /** The comparator of the range this view shows: a descending view's is reversed. */
    @Override
    public Comparator<? super E> comparator() {
        SortedSet<E> target = target();
        return target == null ? null : target.comparator();
    }

    @Override
    public E first() {
        SortedSet<E> target = target();
        if (target == null) {
            throw new NoSuchElementException();
        }
        return target.first();
    }

    @Override
    public E last() {
        SortedSet<E> target = target();
        if (target == null) {
            throw new NoSuchElementException();
        }
        return target.last();
    }

    @Override
    public SortedSet<E> subSet(E fromElement, E toElement) {
        return narrowed(set -> set.subSet(fromElement, toElement));
    }

    @Override
    public SortedSet<E> headSet(E toElement) {
        return narrowed(set -> set.headSet(toElement));
    }

    @Override
    public SortedSet<E> tailSet(E fromElement) {
        return narrowed(set -> set.tailSet(fromElement));
    }
}

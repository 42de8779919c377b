package dev.relate.runtime;

import java.util.Comparator;
import java.util.SortedMap;

/**
 * A live {@link SortedMap} view of a sorted map end, or of a range of it: {@code subMap},
 * {@code headMap} and {@code tailMap} are live views too, and putting a key outside a range throws
 * {@code IllegalArgumentException} as {@code TreeMap}'s ranges do, changing nothing.
 */
final class LiveSortedMap<O, K, E> extends LiveMap<O, K, E> implements SortedMap<K, E> {
    /** The range this view shows, or null for the whole map. */
    private final Range<K> range;

    LiveSortedMap(MapEnd<O, K, E, ? extends SortedMap<K, E>> end, O owner, Range<K> range) {
        super(end, owner);
        this.range = range;
    }

    /** A range of a sorted map: from {@code low} (inclusive) to {@code high} (exclusive), either open. */
    static final class Range<K> {
        final LiveSortedMap<?, K, ?> parent;
        final K low;
        final K high;
        final boolean hasLow;
        final boolean hasHigh;

        Range(LiveSortedMap<?, K, ?> parent, K low, boolean hasLow, K high, boolean hasHigh) {
            this.parent = parent;
            this.low = low;
            this.hasLow = hasLow;
            this.high = high;
            this.hasHigh = hasHigh;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    SortedMap<K, E> target(boolean create) {
        if (range == null) {
            return (SortedMap<K, E>) super.target(create);
        }
        SortedMap<K, E> whole = ((LiveSortedMap<O, K, E>) range.parent).target(create);
        if (whole == null) {
            return null;
        }
        if (range.hasLow && range.hasHigh) {
            return whole.subMap(range.low, range.high);
        }
        return range.hasLow ? whole.tailMap(range.low) : whole.headMap(range.high);
    }

    @Override
    boolean isWhole() {
        return range == null;
    }

    /** The ordering of the map, or null when the field is null or the map orders keys naturally. */
    @Override
    public Comparator<? super K> comparator() {
        SortedMap<K, E> target = target(false);
        return target == null ? null : target.comparator();
    }

    @Override
    public SortedMap<K, E> subMap(K fromKey, K toKey) {
        return new LiveSortedMap<>(sortedEnd(), owner, new Range<>(this, fromKey, true, toKey, true));
    }

    @Override
    public SortedMap<K, E> headMap(K toKey) {
        return new LiveSortedMap<>(sortedEnd(), owner, new Range<>(this, null, false, toKey, true));
    }

    @Override
    public SortedMap<K, E> tailMap(K fromKey) {
        return new LiveSortedMap<>(sortedEnd(), owner, new Range<>(this, fromKey, true, null, false));
    }

    @Override
    public K firstKey() {
        return nonNullTarget().firstKey();
    }

    @Override
    public K lastKey() {
        return nonNullTarget().lastKey();
    }

    private SortedMap<K, E> nonNullTarget() {
        SortedMap<K, E> target = target(false);
        if (target == null) {
            throw new java.util.NoSuchElementException();
        }
        return target;
    }

    @SuppressWarnings("unchecked")
    private MapEnd<O, K, E, ? extends SortedMap<K, E>> sortedEnd() {
        return (MapEnd<O, K, E, ? extends SortedMap<K, E>>) (MapEnd<O, K, E, ?>) end;
    }
}

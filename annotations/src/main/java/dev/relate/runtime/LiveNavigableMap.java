package dev.relate.runtime;

import java.util.AbstractMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

/**
 * A live {@link NavigableMap} view of a navigable map end, or of a range of it: the ranges
 * ({@code subMap}, {@code headMap}, {@code tailMap}, {@code descendingMap}) and the key sets
 * ({@code navigableKeySet}, {@code descendingKeySet}) are live views too; {@code pollFirstEntry} and
 * {@code pollLastEntry} unlink what they take out. The entries that the navigation methods return
 * ({@code floorEntry}, {@code firstEntry}, ...) are snapshots, as {@code TreeMap}'s are.
 */
final class LiveNavigableMap<O, K, E> extends LiveMap<O, K, E> implements NavigableMap<K, E> {
    /** The range this view shows, applied to the owner's map; {@code null} for the whole map. */
    private final UnaryOperator<NavigableMap<K, E>> range;

    LiveNavigableMap(MapEnd<O, K, E, ? extends NavigableMap<K, E>> end, O owner,
            UnaryOperator<NavigableMap<K, E>> range) {
        super(end, owner);
        this.range = range;
    }

    @Override
    NavigableMap<K, E> target(boolean create) {
        NavigableMap<K, E> whole = (NavigableMap<K, E>) super.target(create);
        return whole == null || range == null ? whole : range.apply(whole);
    }

    @Override
    boolean isWhole() {
        return range == null;
    }

    @SuppressWarnings("unchecked")
    private NavigableMap<K, E> narrowed(UnaryOperator<NavigableMap<K, E>> narrower) {
        UnaryOperator<NavigableMap<K, E>> outer = range;
        return new LiveNavigableMap<>((MapEnd<O, K, E, ? extends NavigableMap<K, E>>) end, owner,
                outer == null ? narrower : map -> narrower.apply(outer.apply(map)));
    }

    private static <K, E> Map.Entry<K, E> snapshot(Map.Entry<K, E> entry) {
        return entry == null ? null : new AbstractMap.SimpleImmutableEntry<>(entry.getKey(), entry.getValue());
    }

    @Override
    public java.util.Comparator<? super K> comparator() {
        NavigableMap<K, E> target = target(false);
        return target == null ? null : target.comparator();
    }

    @Override
    public K firstKey() {
        return nonNull().firstKey();
    }

    @Override
    public K lastKey() {
        return nonNull().lastKey();
    }

    private NavigableMap<K, E> nonNull() {
        NavigableMap<K, E> target = target(false);
        if (target == null) {
            throw new java.util.NoSuchElementException();
        }
        return target;
    }

    @Override
    public Map.Entry<K, E> lowerEntry(K key) {
        NavigableMap<K, E> target = target(false);
        return target == null ? null : snapshot(target.lowerEntry(key));
    }

    @Override
    public K lowerKey(K key) {
        NavigableMap<K, E> target = target(false);
        return target == null ? null : target.lowerKey(key);
    }

    @Override
    public Map.Entry<K, E> floorEntry(K key) {
        NavigableMap<K, E> target = target(false);
        return target == null ? null : snapshot(target.floorEntry(key));
    }

    @Override
    public K floorKey(K key) {
        NavigableMap<K, E> target = target(false);
        return target == null ? null : target.floorKey(key);
    }

    @Override
    public Map.Entry<K, E> ceilingEntry(K key) {
        NavigableMap<K, E> target = target(false);
        return target == null ? null : snapshot(target.ceilingEntry(key));
    }

    @Override
    public K ceilingKey(K key) {
        NavigableMap<K, E> target = target(false);
        return target == null ? null : target.ceilingKey(key);
    }

    @Override
    public Map.Entry<K, E> higherEntry(K key) {
        NavigableMap<K, E> target = target(false);
        return target == null ? null : snapshot(target.higherEntry(key));
    }

    @Override
    public K higherKey(K key) {
        NavigableMap<K, E> target = target(false);
        return target == null ? null : target.higherKey(key);
    }

    @Override
    public Map.Entry<K, E> firstEntry() {
        NavigableMap<K, E> target = target(false);
        return target == null ? null : snapshot(target.firstEntry());
    }

    @Override
    public Map.Entry<K, E> lastEntry() {
        NavigableMap<K, E> target = target(false);
        return target == null ? null : snapshot(target.lastEntry());
    }

    /** Takes the first entry out and unlinks its element, everything or nothing. */
    @Override
    public Map.Entry<K, E> pollFirstEntry() {
        return poll(firstEntry());
    }

    /** Takes the last entry out and unlinks its element, everything or nothing. */
    @Override
    public Map.Entry<K, E> pollLastEntry() {
        return poll(lastEntry());
    }

    private Map.Entry<K, E> poll(Map.Entry<K, E> entry) {
        if (entry != null) {
            remove(entry.getKey());
        }
        return entry;
    }

    @Override
    public NavigableMap<K, E> descendingMap() {
        return narrowed(NavigableMap::descendingMap);
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new LiveKeySet<>(this);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    @Override
    public NavigableMap<K, E> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return narrowed(map -> map.subMap(fromKey, fromInclusive, toKey, toInclusive));
    }

    @Override
    public NavigableMap<K, E> headMap(K toKey, boolean inclusive) {
        return narrowed(map -> map.headMap(toKey, inclusive));
    }

    @Override
    public NavigableMap<K, E> tailMap(K fromKey, boolean inclusive) {
        return narrowed(map -> map.tailMap(fromKey, inclusive));
    }

    @Override
    public SortedMap<K, E> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public SortedMap<K, E> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public SortedMap<K, E> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }
}

package dev.relate.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Live views of collection ends. A view reads the owner's field on every call, so it always shows
 * the current collection, and it routes every mutation through the end so that both sides stay in
 * sync. Views are cheap: create one when needed rather than keeping it.
 */
public final class Views {
    private Views() {
    }

    /** A live {@link Collection} view of a collection end. */
    public static <O, E> Collection<E> collection(CollectionEnd<O, E, ? extends Collection<E>> end, O owner) {
        end.checkOwner(owner);
        return new LiveCollection<>(end, owner);
    }

    /** A live {@link Set} view of a set end. */
    public static <O, E> Set<E> set(CollectionEnd<O, E, ? extends Set<E>> end, O owner) {
        end.checkOwner(owner);
        return new LiveSet<>(end, owner);
    }

    /** A live {@link List} view of a list end. */
    public static <O, E> List<E> list(CollectionEnd<O, E, ? extends List<E>> end, O owner) {
        end.checkOwner(owner);
        return new LiveList<>(end, owner);
    }

    /** A live {@link SortedSet} view of a sorted set end. */
    public static <O, E> SortedSet<E> sortedSet(CollectionEnd<O, E, ? extends SortedSet<E>> end, O owner) {
        end.checkOwner(owner);
        return new LiveSortedSet<>(end, owner, null);
    }

    /** A live {@link NavigableSet} view of a navigable set end. */
    public static <O, E> NavigableSet<E> navigableSet(
            CollectionEnd<O, E, ? extends NavigableSet<E>> end, O owner) {
        end.checkOwner(owner);
        return new LiveNavigableSet<>(end, owner, null);
    }

    /** A live {@link Map} view of a map end. */
    public static <O, K, E> Map<K, E> map(MapEnd<O, K, E, ? extends Map<K, E>> end, O owner) {
        end.checkOwner(owner);
        return new LiveMap<>(end, owner);
    }

    /** A live {@link SortedMap} view of a sorted map end. */
    public static <O, K, E> SortedMap<K, E> sortedMap(MapEnd<O, K, E, ? extends SortedMap<K, E>> end,
            O owner) {
        end.checkOwner(owner);
        return new LiveSortedMap<>(end, owner, null);
    }

    /** A live {@link NavigableMap} view of a navigable map end. */
    public static <O, K, E> NavigableMap<K, E> navigableMap(
            MapEnd<O, K, E, ? extends NavigableMap<K, E>> end, O owner) {
        end.checkOwner(owner);
        return new LiveNavigableMap<>(end, owner, null);
    }
}

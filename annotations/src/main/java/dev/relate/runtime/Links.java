package dev.relate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Identity-aware collection operations shared by the ends and the views. */
final class Links {
    private Links() {
    }

    /**
     * Removes {@code element} itself from {@code collection}. Lists are searched by identity, so an
     * equal but different object is never removed in its place; sets hold no two equal elements
     * that relate linked, so their own lookup is used.
     */
    static boolean removeSame(Collection<?> collection, Object element) {
        if (collection == null) {
            return false;
        }
        Class<?> type = collection.getClass();
        if (type == ArrayList.class) {
            return removeFromArrayList((ArrayList<?>) collection, element) >= 0;
        }
        if (type == HashSet.class) {
            return removeFromHashSet((HashSet<?>) collection, element);
        }
        int shape = shape(collection);
        if (shape == SORTED_SET) {
            return removeFromSorted(collection, element);
        }
        if (shape == UNSORTED_SET) {
            // a set finds the element by its hash code; if its hash code changed while it was in the
            // set, the set no longer finds it there, but its iterator still does
            return remove(collection, element) || removeByIteration(collection, element);
        }
        if (shape == RANDOM_ACCESS_LIST) {
            List<?> list = (List<?>) collection;
            int index = indexOfSame(list, element, shape);
            if (index < 0) {
                return false;
            }
            if (list.getClass() == ArrayList.class) {
                ((ArrayList<?>) list).remove(index);
            } else {
                list.remove(index);
            }
            return true;
        }
        return removeByIteration(collection, element);
    }

    /*
     * The two collections of most ends, first and each once: the shared methods that call
     * removeSame and removeSameAt are compiled with them inlined, and the JIT inlines those methods
     * into the generated helpers only while their compiled code stays small (see CollectionEnd).
     */

    /** {@link #removeSameAt} on an {@code ArrayList}: the index {@code element} itself was at, or {@link #ABSENT}. */
    private static int removeFromArrayList(ArrayList<?> list, Object element) {
        int index = indexOfSame(list, element, RANDOM_ACCESS_LIST);
        if (index >= 0) {
            list.remove(index);
        }
        return index;
    }

    /**
     * {@link #removeSame} on a {@code HashSet}: its own lookup, and if the element's hash code changed
     * while it was in the set, its iterator, which still finds it.
     */
    private static boolean removeFromHashSet(HashSet<?> set, Object element) {
        return set.remove(element) || removeByIteration(set, element);
    }

    /**
     * Removes {@code element} itself from a sorted set: its comparator finds the element only while
     * its key is as it was when it came in, and may find another element that compares equal (a key
     * that changed to another member's), so the element found is checked to be the very object, and
     * else the set is searched by identity. Only an element that is not there itself is removed by
     * the set's lookup (a one-way end follows its set: an equal object stands for the one it holds).
     */
    @SuppressWarnings("unchecked")
    private static boolean removeFromSorted(Collection<?> collection, Object element) {
        SortedSet<Object> set = (SortedSet<Object>) collection;
        if (holdsItself(set, element)) {
            return remove(set, element);
        }
        return removeByIteration(set, element) || remove(set, element);
    }

    /** What {@link #removeSameAt} answers when the element was not there. */
    static final int ABSENT = -1;
    /** What {@link #removeSameAt} answers for a set that puts an element back in its place when it is added again. */
    static final int IN_SET = -2;

    /**
     * Removes {@code element} itself from {@code collection}, like {@link #removeSame}, and tells
     * where it was, for {@link #putBack}: its index in a list or its position in a set that keeps
     * insertion order (found by iteration), {@link #IN_SET} for a hash set or a sorted set, or
     * {@link #ABSENT}.
     */
    static int removeSameAt(Collection<?> collection, Object element) {
        if (collection == null) {
            return ABSENT;
        }
        Class<?> type = collection.getClass();
        if (type == ArrayList.class) {
            return removeFromArrayList((ArrayList<?>) collection, element);
        }
        if (type == HashSet.class) {
            return removeFromHashSet((HashSet<?>) collection, element) ? IN_SET : ABSENT;
        }
        int shape = shape(collection);
        if (shape == RANDOM_ACCESS_LIST || shape == LIST) {
            List<?> list = (List<?>) collection;
            int index = indexOfSame(list, element, shape);
            if (index >= 0 && list.getClass() == ArrayList.class) {
                ((ArrayList<?>) list).remove(index);
            } else if (index >= 0) {
                list.remove(index);
            }
            return index;
        }
        if (addingRestoresPlace(collection)) {
            return removeSame(collection, element) ? IN_SET : ABSENT;
        }
        int position = 0;
        for (Iterator<?> it = collection.iterator(); it.hasNext(); position++) {
            if (it.next() == element) {
                it.remove();
                return position;
            }
        }
        return Proxies.POSSIBLE ? removeProxiedAt(collection, element) : ABSENT;
    }

    /**
     * {@link #removeSameAt} for a proxy of {@code element}, or the entity behind it, in a set that keeps
     * insertion order.
     */
    private static int removeProxiedAt(Collection<?> collection, Object element) {
        int position = 0;
        for (Iterator<?> it = collection.iterator(); it.hasNext(); position++) {
            if (Proxies.same(it.next(), element)) {
                it.remove();
                return position;
            }
        }
        return ABSENT;
    }

    /**
     * Whether adding an element just removed from {@code collection} puts it back in its place: a
     * list (at its index), a hash set (which has no order) or a sorted set; not a set that keeps
     * insertion order.
     */
    static boolean addingRestoresPlace(Collection<?> collection) {
        Class<?> type = collection.getClass();
        if (type == HashSet.class || type == ArrayList.class || type == TreeSet.class) {
            return true;
        }
        int shape = SHAPES.get(type);
        return shape != OTHER && shape != UNSORTED_SET;
    }

    /** Puts {@code element} back where {@link #removeSameAt} said it was. */
    static <E> void putBack(Collection<E> collection, E element, int where) {
        if (where == ABSENT) {
            return;
        }
        if (where == IN_SET) {
            add(collection, element);
            return;
        }
        if (collection instanceof List) {
            ((List<E>) collection).add(where, element);
            return;
        }
        // a collection that keeps insertion order: add it at the end, then move what followed it behind it
        List<E> following = new ArrayList<>();
        int position = 0;
        for (E candidate : collection) {
            if (position++ >= where) {
                following.add(candidate);
            }
        }
        add(collection, element);
        for (E candidate : following) {
            removeSame(collection, candidate);
            add(collection, candidate);
        }
    }

    /**
     * Removes {@code removed}, members of {@code collection} in the order it iterates them, by
     * identity. One pass matches them in that order, with no lookup: O(n) for any collection; a
     * collection whose {@code removeIf} visits its elements in another order has the rest removed
     * through a set that compares by identity.
     */
    static <E> void removeAllSame(Collection<E> collection, List<E> removed) {
        int[] next = {0};
        collection.removeIf(element -> {
            int i = next[0];
            if (i < removed.size() && removed.get(i) == element) {
                next[0] = i + 1;
                return true;
            }
            return false;
        });
        if (next[0] < removed.size()) {
            Set<E> rest = identitySet();
            rest.addAll(removed.subList(next[0], removed.size()));
            collection.removeIf(rest::contains);
        }
    }

    /**
     * {@code c.contains} as a predicate, quick for any {@code c}: a collection that is not a set (a
     * list, whose {@code contains} is a search) is copied into a hash set first when it is not small,
     * as its {@code equals} and {@code hashCode} answer the same; a {@link LiveView} answers itself.
     */
    static Predicate<Object> membership(Collection<?> c) {
        Objects.requireNonNull(c);
        if (c instanceof Set || c instanceof LiveView || c.size() <= 8) {
            return c::contains;
        }
        return new HashSet<>(c)::contains;
    }

    /** Makes {@code collection} (a list, a set or a range of one) hold {@code elements} again, in their order. */
    static <E> void refill(Collection<E> collection, List<E> elements) {
        collection.clear();
        collection.addAll(elements);
    }

    private static boolean removeByIteration(Collection<?> collection, Object element) {
        for (Iterator<?> it = collection.iterator(); it.hasNext(); ) {
            if (it.next() == element) {
                it.remove();
                return true;
            }
        }
        return Proxies.POSSIBLE && removeProxied(collection, element);
    }

    /*
     * A Hibernate session keeps one object per row, and where it made a proxy for a row first, that
     * object is the proxy: a collection it loads then holds the proxy, while an entity's own method
     * called on the proxy hands relate the entity behind it (its "this"). Where the search by identity
     * missed, and Hibernate is on the class path, the methods below search once more for an element
     * that is the other one's proxy or entity (Proxies.same: only objects of different classes are
     * looked at), so that the two are one member, as they are to Hibernate. Without Hibernate,
     * Proxies.POSSIBLE is false and nothing is searched twice.
     */

    /** The index of a proxy of {@code element}, or of the entity behind it, in {@code list}, or -1. */
    private static int indexOfProxied(List<?> list, Object element) {
        int index = 0;
        for (Object candidate : list) {
            if (Proxies.same(candidate, element)) {
                return index;
            }
            index++;
        }
        return -1;
    }

    /** Removes a proxy of {@code element}, or the entity behind it, from {@code collection}. */
    private static boolean removeProxied(Collection<?> collection, Object element) {
        for (Iterator<?> it = collection.iterator(); it.hasNext(); ) {
            if (Proxies.same(it.next(), element)) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    /** Whether {@code collection} holds a proxy of {@code element}, or the entity behind it. */
    private static boolean containsProxied(Collection<?> collection, Object element) {
        for (Object candidate : collection) {
            if (Proxies.same(candidate, element)) {
                return true;
            }
        }
        return false;
    }

    /** Whether each class keeps {@code Object}'s {@code equals}, so that equality is identity. */
    private static final ClassValue<Boolean> IDENTITY_EQUALS = new ClassValue<Boolean>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("equals", Object.class).getDeclaringClass() == Object.class;
            } catch (NoSuchMethodException | SecurityException e) {
                return false;
            }
        }
    };

    /** Whether {@code object}'s class compares by identity, so that a hash set's lookup finds the object itself. */
    static boolean equalsIsIdentity(Object object) {
        return classComparesByIdentity(object.getClass());
    }

    /** Whether {@code type} keeps {@code Object}'s {@code equals}. */
    static boolean classComparesByIdentity(Class<?> type) {
        return IDENTITY_EQUALS.get(type);
    }

    /** Whether {@code collection} holds {@code element}: by identity for lists, by lookup for sets. */
    static boolean containsSame(Collection<?> collection, Object element) {
        if (collection == null) {
            return false;
        }
        if (shape(collection) >= UNSORTED_SET) {
            return contains(collection, element);
        }
        return containsItself(collection, element);
    }

    /** Whether {@code collection} holds {@code element} itself, searching every element by identity. */
    static boolean containsItself(Collection<?> collection, Object element) {
        if (collection.getClass() == ArrayList.class) {
            return indexOfSame((ArrayList<?>) collection, element, RANDOM_ACCESS_LIST) >= 0;
        }
        for (Object candidate : collection) {
            if (candidate == element) {
                return true;
            }
        }
        return Proxies.POSSIBLE && containsProxied(collection, element);
    }

    /**
     * Whether {@code set}, which holds an element equal to {@code element} by its comparator, holds
     * {@code element} itself: the one element of the range from {@code element} on that compares equal
     * is the first.
     */
    static <E> boolean holdsItself(SortedSet<E> set, E element) {
        SortedSet<E> tail = set.tailSet(element);
        return !tail.isEmpty() && tail.first() == element;
    }

    /** What {@link #shape} answers: how a collection finds an element. */
    static final int OTHER = 0;
    static final int LIST = 1;
    static final int RANDOM_ACCESS_LIST = 2;
    /** A set that is not sorted: its lookup uses {@code hashCode} and {@code equals}, or identity. */
    static final int UNSORTED_SET = 3;
    /** A sorted set: its lookup uses the comparator. Every shape from {@link #UNSORTED_SET} on is a set. */
    static final int SORTED_SET = 4;

    private static final ClassValue<Integer> SHAPES = new ClassValue<Integer>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            if (SortedSet.class.isAssignableFrom(type)) {
                return SORTED_SET;
            }
            if (Set.class.isAssignableFrom(type)) {
                return UNSORTED_SET;
            }
            if (List.class.isAssignableFrom(type)) {
                return RandomAccess.class.isAssignableFrom(type) ? RANDOM_ACCESS_LIST : LIST;
            }
            return OTHER;
        }
    };

    /**
     * The shape of {@code collection}. The JDK's usual classes are compared first: before JDK 23 a
     * check against an interface ({@code instanceof Set}) that alternates between classes goes
     * through one shared cache slot per class, and costs more than the operation it guards.
     */
    static int shape(Collection<?> collection) {
        Class<?> type = collection.getClass();
        if (type == ArrayList.class) {
            return RANDOM_ACCESS_LIST;
        }
        if (type == HashSet.class || type == LinkedHashSet.class) {
            return UNSORTED_SET;
        }
        if (type == TreeSet.class) {
            return SORTED_SET;
        }
        return SHAPES.get(type);
    }

    /** The index of {@code element} itself in {@code list}, or -1. */
    static int indexOfSame(List<?> list, Object element) {
        return indexOfSame(list, element, shape(list));
    }

    /** {@link #indexOfSame(List, Object)} for a list whose {@link #shape} the caller has read already. */
    private static int indexOfSame(List<?> list, Object element, int shape) {
        int index = indexOfItself(list, element, shape);
        return index < 0 && Proxies.POSSIBLE ? indexOfProxied(list, element) : index;
    }

    /** The index of {@code element} itself in {@code list}, compared by identity only, or -1. */
    private static int indexOfItself(List<?> list, Object element, int shape) {
        if (list.getClass() == ArrayList.class) {
            // the loop below, with ArrayList's own get (see the typed operations at the end)
            ArrayList<?> arrayList = (ArrayList<?>) list;
            for (int i = 0, n = arrayList.size(); i < n; i++) {
                if (arrayList.get(i) == element) {
                    return i;
                }
            }
            return -1;
        }
        if (shape == RANDOM_ACCESS_LIST) {
            for (int i = 0, n = list.size(); i < n; i++) {
                if (list.get(i) == element) {
                    return i;
                }
            }
            return -1;
        }
        int index = 0;
        for (Object candidate : list) {
            if (candidate == element) {
                return index;
            }
            index++;
        }
        return -1;
    }

    /*
     * The operations below call the JDK's usual collections through their own classes. Every
     * relationship of an application runs through this one runtime, so a call such as
     * collection.add(element) here sees every collection class of every end: the JIT then makes it a
     * megamorphic interface call that it cannot inline. A call site per class sees one class, and is
     * inlined as in hand-written code.
     */

    /** {@code collection.add(element)}, through the collection's own class where it is one of the JDK's usual ones. */
    @SuppressWarnings("unchecked")
    static <E> boolean add(Collection<E> collection, E element) {
        Class<?> type = collection.getClass();
        if (type == ArrayList.class) {
            return ((ArrayList<E>) collection).add(element);
        }
        if (type == HashSet.class) {
            return ((HashSet<E>) collection).add(element);
        }
        if (type == LinkedHashSet.class) {
            return ((LinkedHashSet<E>) collection).add(element);
        }
        if (type == TreeSet.class) {
            return ((TreeSet<E>) collection).add(element);
        }
        return collection.add(element);
    }

    /**
     * {@code set.remove(element)}, as {@link #add} calls it: the set's own lookup. Lists are searched by
     * identity instead ({@link #removeSame}).
     */
    static boolean remove(Collection<?> set, Object element) {
        Class<?> type = set.getClass();
        if (type == HashSet.class) {
            return ((HashSet<?>) set).remove(element);
        }
        if (type == LinkedHashSet.class) {
            return ((LinkedHashSet<?>) set).remove(element);
        }
        if (type == TreeSet.class) {
            return ((TreeSet<?>) set).remove(element);
        }
        return set.remove(element);
    }

    /** {@code set.contains(element)}, as {@link #add} calls it: the set's own lookup. */
    static boolean contains(Collection<?> set, Object element) {
        Class<?> type = set.getClass();
        if (type == HashSet.class) {
            return ((HashSet<?>) set).contains(element);
        }
        if (type == LinkedHashSet.class) {
            return ((LinkedHashSet<?>) set).contains(element);
        }
        if (type == TreeSet.class) {
            return ((TreeSet<?>) set).contains(element);
        }
        return set.contains(element);
    }

    /** A new, empty set that compares its elements by identity. */
    static <E> Set<E> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<E, Boolean>());
    }
}

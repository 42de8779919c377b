package dev.relate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The order of the links one {@code loadLinks} makes, as an order column stored it: for each object
 * whose list gained elements, the elements it gained with their stored indexes. {@link #apply} then
 * puts those elements, in the slots of the list they took, in the order of their indexes; rows
 * without an index come after those with one, and equal indexes keep the order the rows were read
 * in (the ids'). Elements the list held before the load stay where they were.
 *
 * @param <O> the class of the objects whose lists are ordered
 * @param <E> the class of their elements
 */
final class LinkOrder<O, E> {
    /** One element a list gained: its stored index, or null where the row had none. */
    private static final class Gained<E> {
        final E element;
        final Integer index;

        Gained(E element, Integer index) {
            this.element = element;
            this.index = index;
        }
    }

    private final Map<O, List<Gained<E>>> gained = new IdentityHashMap<>();

    /** Records that {@code owner}'s list gained {@code element}, stored at {@code index} (null: none). */
    void gained(O owner, E element, Integer index) {
        List<Gained<E>> list = gained.get(owner);
        if (list == null) {
            list = new ArrayList<>();
            gained.put(owner, list);
        }
        list.add(new Gained<E>(element, index));
    }

    /** Orders the elements each list gained; {@code listOf} gives an owner's list (null: none). */
    void apply(ListOf<O, E> listOf) {
        for (Map.Entry<O, List<Gained<E>>> entry : gained.entrySet()) {
            List<Gained<E>> elements = entry.getValue();
            if (elements.size() > 1) {
                reorder(listOf.listOf(entry.getKey()), elements);
            }
        }
    }

    /** The objects whose lists gained elements. */
    Set<O> owners() {
        return gained.keySet();
    }

    /** Orders the elements {@code owner}'s list gained, as {@link #apply} does; {@code list} is its list. */
    void apply(O owner, List<E> list) {
        List<Gained<E>> elements = gained.get(owner);
        if (elements != null && elements.size() > 1) {
            reorder(list, elements);
        }
    }

    /** An owner's list, as its field holds it. */
    interface ListOf<O, E> {
        List<E> listOf(O owner);
    }

    /**
     * Puts {@code elements} into the slots of {@code list} they hold, in the order of their indexes:
     * a permutation among those slots, so the list holds what it held, and every other element stays
     * where it was. It is all or nothing: a permutation passes through states that hold an element
     * twice, so if the list throws halfway, the slots written are written back, and the list is as
     * linking made it.
     */
    private static <E> void reorder(List<E> list, List<Gained<E>> elements) {
        if (list == null) {
            return;
        }
        Set<E> moving = Collections.newSetFromMap(new IdentityHashMap<E, Boolean>());
        for (Gained<E> element : elements) {
            moving.add(element.element);
        }
        List<Gained<E>> sorted = new ArrayList<>(elements);
        // stable: equal indexes, and rows without one, keep the order they were read in
        Collections.sort(sorted, (a, b) -> a.index == null ? (b.index == null ? 0 : 1)
                : b.index == null ? -1 : Integer.compare(a.index, b.index));
        // the slots written so far, and what each held
        List<Integer> slots = new ArrayList<>();
        List<E> previous = new ArrayList<>();
        try {
            if (list instanceof RandomAccess) {
                // by index: some lists (CopyOnWriteArrayList) take set but not their iterator's set
                for (int i = 0, n = list.size(); i < n && slots.size() < sorted.size(); i++) {
                    E there = list.get(i);
                    if (moving.contains(there)) {
                        list.set(i, sorted.get(slots.size()).element);
                        slots.add(i);
                        previous.add(there);
                    }
                }
                return;
            }
            int i = 0;
            for (ListIterator<E> it = list.listIterator(); it.hasNext() && slots.size() < sorted.size(); i++) {
                E there = it.next();
                if (moving.contains(there)) {
                    it.set(sorted.get(slots.size()).element);
                    slots.add(i);
                    previous.add(there);
                }
            }
        } catch (RuntimeException | Error e) {
            Journal.undo(e, () -> {
                for (int k = slots.size() - 1; k >= 0; k--) {
                    list.set(slots.get(k), previous.get(k));
                }
            });
            throw e;
        }
    }

    /** The index of each element of {@code collection}, by identity; empty for null. */
    static <E> Map<E, Integer> indexes(Collection<? extends E> collection) {
        Map<E, Integer> indexes = new IdentityHashMap<>();
        if (collection != null) {
            int index = 0;
            for (E element : collection) {
                indexes.put(element, index++);
            }
        }
        return indexes;
    }
}

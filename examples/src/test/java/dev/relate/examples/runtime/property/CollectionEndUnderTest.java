package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A collection end under random steps: through its live view (every mutation a {@code Collection}
 * has, and the positional ones of a {@code List} or the ranges and polls of a sorted set), through
 * its helpers ({@code addToX}, {@code removeFromX}, {@code setX}), with {@code null}, with objects
 * of other owners (moves), and with the owner's own objects. The model says what each step must
 * return, and what the fields hold afterwards; a step that must throw is checked to throw, and the
 * world's check after it shows that it changed nothing.
 *
 * @param <O> the class owning the collection
 * @param <E> the element class
 */
final class CollectionEndUnderTest<O, E> implements EndUnderTest {
    /** What the field is, so what its view offers and in which order it holds its elements. */
    enum Shape {
        /** A {@code Collection} (here a list): insertion order, no positions. */
        COLLECTION(true),
        LIST(true),
        /** A set that keeps insertion order, such as a {@code LinkedHashSet}. */
        LINKED_SET(true),
        /** A hash set: no order. */
        HASH_SET(false),
        /** A {@code SortedSet}: the elements' natural order. */
        SORTED_SET(false),
        NAVIGABLE_SET(false);

        /** Whether the field holds its elements in the order they came (so a model list is compared as is). */
        final boolean inArrivalOrder;

        Shape(boolean inArrivalOrder) {
            this.inArrivalOrder = inArrivalOrder;
        }

        boolean sorted() {
            return this == SORTED_SET || this == NAVIGABLE_SET;
        }
    }

    private static final int COMMON_KINDS = 16;

    private final String name;
    private final LinkModel model;
    private final int side;
    private final Shape shape;
    private final List<O> owners;
    private final List<E> elements;
    private final ToIntFunction<E> index;
    private Function<O, ? extends Collection<E>> field;
    private Function<O, ? extends Collection<E>> view;
    private BiPredicate<O, E> addHelper;
    private BiPredicate<O, E> removeHelper;
    private BiConsumer<O, Collection<E>> replaceHelper;

    /**
     * @param side the side of the model this end is on
     * @param owners the objects that own the collection (the pool, read on every step)
     * @param elements the objects it may hold
     * @param index an element's position in its pool: the basis of choices (never identity hash
     *     codes), and the sort order of a sorted end
     */
    CollectionEndUnderTest(String name, LinkModel model, int side, Shape shape, List<O> owners, List<E> elements,
            ToIntFunction<E> index) {
        this.name = name;
        this.model = model;
        this.side = side;
        this.shape = shape;
        this.owners = owners;
        this.elements = elements;
        this.index = index;
    }

    /** Reads the field; {@code null} counts as empty. */
    CollectionEndUnderTest<O, E> field(Function<O, ? extends Collection<E>> field) {
        this.field = field;
        return this;
    }

    /** The live view, {@code OwnerRelations.xs(owner)}. */
    CollectionEndUnderTest<O, E> view(Function<O, ? extends Collection<E>> view) {
        this.view = view;
        return this;
    }

    /** {@code addToXs}, {@code removeFromXs} and {@code setXs}. */
    CollectionEndUnderTest<O, E> helpers(BiPredicate<O, E> add, BiPredicate<O, E> remove,
            BiConsumer<O, Collection<E>> replace) {
        this.addHelper = add;
        this.removeHelper = remove;
        this.replaceHelper = replace;
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int kinds() {
        return COMMON_KINDS + switch (shape) {
            case LIST -> 12;
            case SORTED_SET -> 5;
            case NAVIGABLE_SET -> 15;
            default -> 0;
        };
    }

    // --- choices ---

    private O owner(int n) {
        return owners.get(n % owners.size());
    }

    private E element(int n) {
        return elements.get(n % elements.size());
    }

    /** Whether bit {@code index % 16} of {@code bits} is set. */
    private boolean bit(int bits, E element) {
        return (bits >> (index.applyAsInt(element) % 16) & 1) == 1;
    }

    /** Up to five elements, possibly repeated, in an order drawn from {@code seed}. */
    private List<E> pick(int seed) {
        Random random = new Random(seed);
        List<E> picked = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            picked.add(elements.get(random.nextInt(elements.size())));
        }
        return picked;
    }

    // --- the model ---

    private boolean linked(O owner, Object element) {
        return model.linked(side, owner, element);
    }

    /** What the owner's end holds, in the model's order. */
    @SuppressWarnings("unchecked")
    private List<E> expected(O owner) {
        return (List<E>) model.snapshot(side, owner);
    }

    /** The expected contents in the order the field iterates them, for an end whose order is known. */
    private List<E> expectedInOrder(O owner) {
        List<E> expected = expected(owner);
        if (shape.sorted()) {
            expected.sort(Comparator.comparingInt(index));
        }
        return expected;
    }

    private List<E> actual(O owner) {
        Collection<E> collection = field.apply(owner);
        return collection == null ? new ArrayList<>() : new ArrayList<>(collection);
    }

    @Override
    public void check(String after) {
        for (O owner : owners) {
            List<E> actual = actual(owner);
            List<E> expected = expectedInOrder(owner);
            if (shape == Shape.HASH_SET) {
                actual.sort(Comparator.comparingInt(index));
                expected.sort(Comparator.comparingInt(index));
            }
            if (!sameElements(actual, expected)) {
                throw new AssertionError(after + ": " + name + " of " + owner + " holds " + actual + ", expected "
                        + expected);
            }
        }
    }

    private static boolean sameElements(List<?> actual, List<?> expected) {
        if (actual.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < actual.size(); i++) {
            if (actual.get(i) != expected.get(i)) {
                return false;
            }
        }
        return true;
    }

    // --- the steps ---

    @Override
    public void step(int kind, Op op) {
        O owner = owner(op.a());
        E element = element(op.b());
        int c = op.c();
        if (kind < COMMON_KINDS) {
            commonStep(kind, owner, element, c, op);
        } else if (shape == Shape.LIST) {
            listStep(kind - COMMON_KINDS, owner, element, c);
        } else {
            sortedStep(kind - COMMON_KINDS, owner, element, c);
        }
    }

    private void commonStep(int kind, O owner, E element, int c, Op op) {
        Collection<E> view = this.view.apply(owner);
        boolean linked = linked(owner, element);
        switch (kind) {
            case 0 -> {
                expect("add", view.add(element), !linked);
                model.link(side, owner, element);
            }
            case 1 -> {
                expect("addTo", addHelper.test(owner, element), !linked);
                model.link(side, owner, element);
            }
            case 2 -> {
                expect("remove", view.remove(element), linked);
                model.unlink(side, owner, element);
            }
            case 3 -> {
                expect("removeFrom", removeHelper.test(owner, element), linked);
                model.unlink(side, owner, element);
            }
            case 4 -> {
                view.clear();
                unlinkAll(owner, expected(owner));
            }
            case 5 -> {
                List<E> incoming = pick(c);
                replaceHelper.accept(owner, incoming);
                model.replace(side, owner, incoming);
            }
            case 6 -> {
                List<E> removed = matching(owner, c, true);
                expect("removeIf", view.removeIf(e -> bit(c, e)), !removed.isEmpty());
                unlinkAll(owner, removed);
            }
            case 7 -> {
                List<E> kept = pick(c);
                List<E> removed = new ArrayList<>();
                for (E e : expected(owner)) {
                    if (LinkModel.indexOfSame(kept, e) < 0) {
                        removed.add(e);
                    }
                }
                expect("retainAll", view.retainAll(kept), !removed.isEmpty());
                unlinkAll(owner, removed);
            }
            case 8 -> {
                List<E> gone = pick(c);
                List<E> removed = new ArrayList<>();
                for (E e : expected(owner)) {
                    if (LinkModel.indexOfSame(gone, e) >= 0) {
                        removed.add(e);
                    }
                }
                expect("removeAll", view.removeAll(gone), !removed.isEmpty());
                unlinkAll(owner, removed);
            }
            case 9 -> {
                List<E> removed = matching(owner, c, true);
                for (Iterator<E> it = view.iterator(); it.hasNext(); ) {
                    if (bit(c, it.next())) {
                        it.remove();
                    }
                }
                unlinkAll(owner, removed);
            }
            case 10 -> {
                List<E> incoming = pick(c);
                boolean changed = false;
                for (E e : incoming) {
                    changed |= !linked(owner, e);
                    model.link(side, owner, e);
                }
                expect("addAll", view.addAll(incoming), changed);
            }
            case 11 -> {
                // everything of another owner (or of this one) moves here through its own view
                O other = owner(op.b());
                List<E> incoming = actual(other);
                boolean changed = false;
                for (E e : incoming) {
                    changed |= !linked(owner, e);
                    model.link(side, owner, e);
                }
                expect("addAll of another view", view.addAll(this.view.apply(other)), changed);
            }
            case 12 -> reads(owner, element, view, linked);
            case 13 -> rejectNull(owner, element, view, c % 5);
            case 14 -> {
                // the same objects in another order: nothing is linked or unlinked
                List<E> reordered = expected(owner);
                Collections.shuffle(reordered, new Random(c));
                replaceHelper.accept(owner, reordered);
                model.replace(side, owner, reordered);
            }
            default -> {
                // a move: here, then to another owner, then back through the helper
                O other = owner(op.c());
                view.add(element);
                model.link(side, owner, element);
                this.view.apply(other).add(element);
                model.link(side, other, element);
                addHelper.test(owner, element);
                model.link(side, owner, element);
            }
        }
    }

    private void reads(O owner, E element, Collection<E> view, boolean linked) {
        List<E> expected = expected(owner);
        expect("contains", view.contains(element), linked);
        expect("size", view.size(), expected.size());
        expect("isEmpty", view.isEmpty(), expected.isEmpty());
        expect("contains(null)", view.contains(null), false);
        expect("contains(a string)", view.contains("not an element"), false);
        expect("remove(null)", view.remove(null), false);
        expect("removeFrom(null)", removeHelper.test(owner, null), false);
        expect("toArray", sameElements(Arrays.asList(view.toArray()), expectedInOrderUnlessHashed(owner)), true);
        // an array with room to spare: the elements, then null
        Object[] roomy = view.toArray(new Object[expected.size() + 1]);
        expect("toArray(array)", sameElements(Arrays.asList(roomy).subList(0, expected.size()),
                expectedInOrderUnlessHashed(owner)), true);
        expect("toArray(array) ends with null", roomy[expected.size()], null);
        if (view instanceof Set) {
            Set<Object> same = LinkModel.identitySet(expected);
            expect("equals a set of its elements", view.equals(same), true);
            expect("equals itself", view.equals(view), true);
            expect("hashCode", view.hashCode(), same.hashCode());
            expect("equals a list", view.equals(new ArrayList<>(expected)), false);
            Set<Object> more = LinkModel.identitySet(expected);
            more.add("not an element");
            expect("equals a larger set", view.equals(more), false);
            Set<Object> other = LinkModel.identitySet(expected);
            if (!other.isEmpty()) {
                other.remove(expected.get(0));
                other.add("not an element");
                expect("equals a set of another element", view.equals(other), false);
            }
        }
    }

    private List<E> expectedInOrderUnlessHashed(O owner) {
        return shape == Shape.HASH_SET ? actual(owner) : expectedInOrder(owner);
    }

    /** Null is never an element, and never an owner: the exception says which end refused it. */
    private void rejectNull(O owner, E element, Collection<E> view, int how) {
        Class<NullPointerException> npe = NullPointerException.class;
        String noNull = "[RelateNullElement] " + name + " cannot hold null";
        String noOwner = "[RelateNullArgument] the owner passed for " + name + " is null";
        switch (how) {
            case 0 -> expectMessage(assertThrows(npe, () -> view.add(null)), noNull);
            case 1 -> expectMessage(assertThrows(npe, () -> addHelper.test(owner, null)), noNull);
            case 2 -> expectMessage(assertThrows(npe, () -> replaceHelper.accept(owner, Arrays.asList(element, null))),
                    noNull);
            case 3 -> expectMessage(assertThrows(npe, () -> view.addAll(Arrays.asList(element, null))), noNull);
            default -> {
                expectMessage(assertThrows(npe, () -> addHelper.test(null, element)), noOwner);
                expectMessage(assertThrows(npe, () -> replaceHelper.accept(null, List.of())), noOwner);
                expectMessage(assertThrows(npe, () -> this.view.apply(null)), noOwner);
            }
        }
    }

    private void expectMessage(Throwable thrown, String message) {
        assertWithMessage("%s: the message of %s", name, thrown).that(thrown.getMessage()).isEqualTo(message);
    }

    /** The owner's elements whose bit is set (or not), in the model's order. */
    private List<E> matching(O owner, int bits, boolean set) {
        List<E> out = new ArrayList<>();
        for (E e : expected(owner)) {
            if (bit(bits, e) == set) {
                out.add(e);
            }
        }
        return out;
    }

    private void unlinkAll(O owner, List<E> removed) {
        for (E e : removed) {
            model.unlink(side, owner, e);
        }
    }

    private void expect(String what, Object actual, Object expected) {
        assertWithMessage("%s.%s", name, what).that(actual).isEqualTo(expected);
    }

    // --- List ---

    private void listStep(int kind, O owner, E element, int c) {
        List<E> view = (List<E>) this.view.apply(owner);
        List<E> expected = expected(owner);
        int size = expected.size();
        boolean linked = linked(owner, element);
        switch (kind) {
            case 0 -> {
                int at = c % (size + 1);
                if (linked) {
                    Throwable thrown = assertThrows(IllegalArgumentException.class, () -> view.add(at, element));
                    assertWithMessage("%s.add(int, a member)", name).that(thrown.getMessage())
                            .startsWith("[RelateAlreadyAt] " + element + " is already in " + name + " at index "
                                    + LinkModel.indexOfSame(expected, element));
                } else {
                    view.add(at, element);
                    model.link(side, owner, element, at);
                }
            }
            case 1 -> {
                if (size == 0) {
                    assertThrows(IndexOutOfBoundsException.class, () -> view.set(0, element));
                    return;
                }
                int at = c % size;
                E previous = expected.get(at);
                expect("set", view.set(at, element), previous);
                setAt(owner, at, element, expected);
            }
            case 2 -> {
                if (size == 0) {
                    assertThrows(IndexOutOfBoundsException.class, () -> view.remove(0));
                    return;
                }
                int at = c % size;
                expect("remove(int)", view.remove(at), expected.get(at));
                model.unlink(side, owner, expected.get(at));
            }
            case 3 -> listIteratorStep(owner, element, c, view, expected, false);
            case 4 -> {
                int from = c % (size + 1);
                int to = from + (c / 7) % (size - from + 1);
                view.subList(from, to).clear();
                unlinkAll(owner, expected.subList(from, to));
            }
            case 5 -> {
                int from = c % (size + 1);
                int to = from + (c / 7) % (size - from + 1);
                List<E> sub = view.subList(from, to);
                if (linked) {
                    assertThrows(IllegalArgumentException.class, () -> sub.add(element));
                } else {
                    expect("subList.add", sub.add(element), true);
                    model.link(side, owner, element, to);
                }
            }
            case 6 -> reorder(owner, view, expected, c);
            case 7 -> {
                int at = c % (size + 1);
                List<E> incoming = pick(c);
                boolean refused = false;
                for (int i = 0; i < incoming.size(); i++) {
                    E e = incoming.get(i);
                    refused |= linked(owner, e) || LinkModel.indexOfSame(incoming.subList(0, i), e) >= 0;
                }
                if (refused) {
                    assertThrows(IllegalArgumentException.class, () -> view.addAll(at, incoming));
                } else {
                    expect("addAll(int)", view.addAll(at, incoming), !incoming.isEmpty());
                    for (int i = 0; i < incoming.size(); i++) {
                        model.link(side, owner, incoming.get(i), at + i);
                    }
                }
            }
            case 8 -> {
                // each element replaced by another of the pool; the results must be distinct
                int factor = 1 + c % 3;
                int shift = (c / 3) % elements.size();
                List<E> mapped = new ArrayList<>();
                for (E e : expected) {
                    mapped.add(elements.get((index.applyAsInt(e) * factor + shift) % elements.size()));
                }
                if (LinkModel.distinct(mapped).size() < mapped.size()) {
                    Throwable thrown = assertThrows(IllegalArgumentException.class, () -> view.replaceAll(
                            e -> elements.get((index.applyAsInt(e) * factor + shift) % elements.size())));
                    assertWithMessage("%s.replaceAll", name).that(thrown.getMessage())
                            .contains(" appears twice in the elements given for " + name);
                } else {
                    view.replaceAll(e -> elements.get((index.applyAsInt(e) * factor + shift) % elements.size()));
                    model.replace(side, owner, mapped);
                }
            }
            case 9 -> {
                int at = LinkModel.indexOfSame(expected, element);
                expect("indexOf", view.indexOf(element), at);
                expect("lastIndexOf", view.lastIndexOf(element), at);
                expect("contains", view.contains(element), at >= 0);
                if (size > 0) {
                    expect("get", view.get(c % size), expected.get(c % size));
                }
                assertThrows(IndexOutOfBoundsException.class, () -> view.get(size));
            }
            case 10 -> listIteratorStep(owner, element, c, view, expected, true);
            default -> subListFailsFast(owner, element, c, view, expected);
        }
    }

    /**
     * A sub-list made before a change through the view fails fast afterwards, as {@code subList}
     * promises, and stays usable when the call changed nothing.
     */
    private void subListFailsFast(O owner, E element, int c, List<E> view, List<E> expected) {
        List<E> sub = view.subList(0, expected.size());
        boolean changed;
        switch ((c >> 4) % 4) {
            case 0 -> {
                changed = view.add(element);
                model.link(side, owner, element);
            }
            case 1 -> {
                changed = view.remove(element);
                model.unlink(side, owner, element);
            }
            case 2 -> {
                List<E> removed = matching(owner, c, true);
                changed = view.removeIf(e -> bit(c, e));
                unlinkAll(owner, removed);
            }
            default -> {
                view.clear();
                unlinkAll(owner, expected);
                changed = true;
            }
        }
        if (changed) {
            assertThrows(ConcurrentModificationException.class, sub::size);
        } else {
            expect("subList.size after no change", sub.size(), expected.size());
        }
    }

    /** {@code set(at, element)} in the model: a member elsewhere swaps places, another object replaces. */
    private void setAt(O owner, int at, E element, List<E> expected) {
        E previous = expected.get(at);
        if (previous == element) {
            return;
        }
        if (linked(owner, element)) {
            List<E> order = new ArrayList<>(expected);
            Collections.swap(order, at, LinkModel.indexOfSame(order, element));
            model.reorder(side, owner, order);
        } else {
            model.unlink(side, owner, previous);
            model.link(side, owner, element, at);
        }
    }

    /** Walks to a position, forwards from the start or backwards from the end, and removes, sets or adds there. */
    private void listIteratorStep(O owner, E element, int c, List<E> view, List<E> expected, boolean backwards) {
        int size = expected.size();
        if (size == 0) {
            ListIterator<E> it = view.listIterator();
            if (linked(owner, element)) {
                assertThrows(IllegalArgumentException.class, () -> it.add(element));
            } else {
                it.add(element);
                model.link(side, owner, element, 0);
            }
            return;
        }
        int at = c % size;
        ListIterator<E> it;
        if (backwards) {
            it = view.listIterator(size);
            for (int i = size - 1; i >= at; i--) {
                expect("previous", it.previous(), expected.get(i));
            }
        } else {
            it = view.listIterator();
            for (int i = 0; i <= at; i++) {
                expect("next", it.next(), expected.get(i));
            }
        }
        switch ((c >> 8) % 3) {
            case 0 -> {
                it.remove();
                model.unlink(side, owner, expected.get(at));
            }
            case 1 -> {
                it.set(element);
                setAt(owner, at, element, expected);
            }
            default -> {
                // after next() the cursor is past the element, after previous() before it
                int insertAt = backwards ? at : at + 1;
                if (linked(owner, element)) {
                    assertThrows(IllegalArgumentException.class, () -> it.add(element));
                } else {
                    it.add(element);
                    model.link(side, owner, element, insertAt);
                }
            }
        }
    }

    private void reorder(O owner, List<E> view, List<E> expected, int c) {
        if (expected.isEmpty()) {
            return;
        }
        List<E> order = new ArrayList<>(expected);
        switch (c % 4) {
            case 0 -> {
                int i = c % order.size();
                int j = (c / 7) % order.size();
                Collections.swap(view, i, j);
                Collections.swap(order, i, j);
            }
            case 1 -> {
                Collections.reverse(view);
                Collections.reverse(order);
            }
            case 2 -> {
                Collections.shuffle(view, new Random(c));
                Collections.shuffle(order, new Random(c));
            }
            default -> {
                Comparator<E> descending = Comparator.comparingInt(index).reversed();
                view.sort(descending);
                order.sort(descending);
            }
        }
        model.reorder(side, owner, order);
    }

    // --- SortedSet and NavigableSet ---

    private int key(E element) {
        return index.applyAsInt(element);
    }

    private void sortedStep(int kind, O owner, E element, int c) {
        SortedSet<E> view = (SortedSet<E>) this.view.apply(owner);
        E bound = element(c);
        List<E> expected = expectedInOrder(owner);
        switch (kind) {
            case 0 -> {
                List<E> removed = new ArrayList<>();
                for (E e : expected) {
                    if (key(e) < key(bound)) {
                        removed.add(e);
                    }
                }
                view.headSet(bound).clear();
                unlinkAll(owner, removed);
            }
            case 1 -> {
                List<E> removed = new ArrayList<>();
                for (E e : expected) {
                    if (key(e) >= key(bound)) {
                        removed.add(e);
                    }
                }
                SortedSet<E> tail = view.tailSet(bound);
                for (Iterator<E> it = tail.iterator(); it.hasNext(); ) {
                    it.next();
                    it.remove();
                }
                unlinkAll(owner, removed);
            }
            case 2 -> {
                E other = element(c / 7);
                E low = key(bound) <= key(other) ? bound : other;
                E high = low == bound ? other : bound;
                SortedSet<E> range = view.subSet(low, high);
                addToRange(owner, element, range, key(element) >= key(low) && key(element) < key(high));
            }
            case 3 -> {
                if (expected.isEmpty()) {
                    assertThrows(NoSuchElementException.class, view::first);
                    assertThrows(NoSuchElementException.class, view::last);
                } else {
                    expect("first", view.first(), expected.get(0));
                    expect("last", view.last(), expected.get(expected.size() - 1));
                }
                expect("comparator", view.comparator(), null);
                SortedSet<E> head = view.headSet(bound);
                expect("headSet.contains", head.contains(element), linked(owner, element) && key(element) < key(bound));
                int below = 0;
                for (E e : expected) {
                    below += key(e) < key(bound) ? 1 : 0;
                }
                expect("headSet.size", head.size(), below);
            }
            case 4 -> {
                List<E> removed = new ArrayList<>();
                for (E e : expected) {
                    if (key(e) < key(bound) && bit(c / 3, e)) {
                        removed.add(e);
                    }
                }
                expect("headSet.removeIf", view.headSet(bound).removeIf(e -> bit(c / 3, e)), !removed.isEmpty());
                unlinkAll(owner, removed);
            }
            default -> navigableStep(kind - 5, owner, element, c, (NavigableSet<E>) view, bound, expected);
        }
    }

    private void addToRange(O owner, E element, SortedSet<E> range, boolean inRange) {
        if (linked(owner, element)) {
            expect("add to a range of a member", range.add(element), false);
        } else if (inRange) {
            expect("add to a range", range.add(element), true);
            model.link(side, owner, element);
        } else {
            assertThrows(IllegalArgumentException.class, () -> range.add(element));
        }
    }

    private void navigableStep(int kind, O owner, E element, int c, NavigableSet<E> view, E bound,
            List<E> expected) {
        switch (kind) {
            case 0 -> {
                E first = expected.isEmpty() ? null : expected.get(0);
                expect("pollFirst", view.pollFirst(), first);
                if (first != null) {
                    model.unlink(side, owner, first);
                }
            }
            case 1 -> {
                E last = expected.isEmpty() ? null : expected.get(expected.size() - 1);
                expect("pollLast", view.pollLast(), last);
                if (last != null) {
                    model.unlink(side, owner, last);
                }
            }
            case 2 -> {
                List<E> removed = matching(owner, c, true);
                List<E> descending = new ArrayList<>(expected);
                Collections.reverse(descending);
                List<E> walked = new ArrayList<>();
                for (Iterator<E> it = view.descendingIterator(); it.hasNext(); ) {
                    E e = it.next();
                    walked.add(e);
                    if (bit(c, e)) {
                        it.remove();
                    }
                }
                expect("descendingIterator", sameElements(walked, descending), true);
                unlinkAll(owner, removed);
            }
            case 3 -> {
                List<E> removed = matching(owner, c, false);
                expect("descendingSet.retainAll", view.descendingSet().retainAll(matching(owner, c, true)),
                        !removed.isEmpty());
                unlinkAll(owner, removed);
            }
            case 4 -> {
                boolean inclusive = (c & 1) == 0;
                NavigableSet<E> head = view.headSet(bound, inclusive);
                int k = key(element);
                addToRange(owner, element, head, inclusive ? k <= key(bound) : k < key(bound));
            }
            case 5 -> {
                boolean inclusive = (c & 1) == 0;
                NavigableSet<E> tail = view.tailSet(bound, inclusive);
                int k = key(element);
                addToRange(owner, element, tail, inclusive ? k >= key(bound) : k > key(bound));
            }
            case 6 -> {
                E low = key(bound) <= key(element) ? bound : element;
                E high = low == bound ? element : bound;
                List<E> removed = new ArrayList<>();
                for (E e : expected) {
                    if (key(e) >= key(low) && key(e) <= key(high)) {
                        removed.add(e);
                    }
                }
                view.subSet(low, true, high, true).clear();
                unlinkAll(owner, removed);
            }
            case 7 -> {
                E lower = null;
                E floor = null;
                E ceiling = null;
                E higher = null;
                for (E e : expected) {
                    if (key(e) < key(bound)) {
                        lower = e;
                    }
                    if (key(e) <= key(bound)) {
                        floor = e;
                    }
                    if (key(e) >= key(bound) && ceiling == null) {
                        ceiling = e;
                    }
                    if (key(e) > key(bound) && higher == null) {
                        higher = e;
                    }
                }
                expect("lower", view.lower(bound), lower);
                expect("floor", view.floor(bound), floor);
                expect("ceiling", view.ceiling(bound), ceiling);
                expect("higher", view.higher(bound), higher);
            }
            case 8 -> {
                // the descending view's first is the last, and polling it unlinks
                NavigableSet<E> descending = view.descendingSet();
                E last = expected.isEmpty() ? null : expected.get(expected.size() - 1);
                expect("descendingSet.pollFirst", descending.pollFirst(), last);
                if (last != null) {
                    model.unlink(side, owner, last);
                }
            }
            default -> {
                List<E> removed = new ArrayList<>();
                for (E e : expected) {
                    if (key(e) > key(bound)) {
                        removed.add(e);
                    }
                }
                NavigableSet<E> tail = view.tailSet(bound, false);
                expect("tailSet.removeAll", tail.removeAll(new ArrayList<>(expected)), !removed.isEmpty());
                unlinkAll(owner, removed);
            }
        }
    }
}

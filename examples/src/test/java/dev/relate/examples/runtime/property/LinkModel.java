package dev.relate.examples.runtime.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the two ends of one relationship should hold, kept beside the real objects by the property
 * tests: for each object, the objects its end on side 0 holds and those its end on side 1 holds, in
 * the order each end should show them. It is written by plain code that never calls relate, so a
 * mistake of the generated helpers shows up as a difference between the fields and this model.
 *
 * <p>Side 0 is the end declared first in the test (the collection of a one-to-many, the left of a
 * many-to-many, the owner of a one-way end); side 1 the other end (for a one-way relationship
 * nothing, since nothing points back). A scalar end holds at most one object.
 */
final class LinkModel {
    /** How the two ends of the relationship constrain each other. */
    enum Kind {
        /** Side 0 a collection, side 1 a scalar: an object on side 1 is held by at most one owner. */
        ONE_TO_MANY,
        /** Both sides scalars: each object has at most one partner. */
        ONE_TO_ONE,
        /** Both sides collections, mirrored. */
        MANY_TO_MANY,
        /** Side 0 a collection or a scalar, side 1 nothing. */
        ONE_WAY
    }

    final String name;
    final Kind kind;
    private final List<Map<Object, List<Object>>> sides = List.of(new IdentityHashMap<>(), new IdentityHashMap<>());

    LinkModel(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    /** What {@code x}'s end on {@code side} should hold, in order; a live list of this model. */
    List<Object> held(int side, Object x) {
        return sides.get(side).computeIfAbsent(x, unused -> new ArrayList<>());
    }

    /** The one object a scalar end on {@code side} of {@code x} should hold, or {@code null}. */
    Object single(int side, Object x) {
        List<Object> held = held(side, x);
        return held.isEmpty() ? null : held.get(0);
    }

    boolean linked(int side, Object x, Object y) {
        return indexOfSame(held(side, x), y) >= 0;
    }

    /** The objects {@code x} is linked with, read from its end on {@code side}, as a snapshot. */
    List<Object> snapshot(int side, Object x) {
        return new ArrayList<>(held(side, x));
    }

    /**
     * Links {@code x}, whose end is on {@code side}, with {@code y}, as adding {@code y} to that end
     * does: {@code y} goes at the end of {@code x}'s end (or at {@code position}, when not negative)
     * and {@code x} at the end of {@code y}'s; an object that can have one partner only leaves the
     * one it had. Linking what is linked changes nothing.
     */
    void link(int side, Object x, Object y, int position) {
        if (linked(side, x, y)) {
            return;
        }
        switch (kind) {
            case ONE_TO_MANY -> {
                Object parent = side == 0 ? x : y;
                Object child = side == 0 ? y : x;
                Object previous = single(1, child);
                if (previous != null) {
                    removeSame(held(0, previous), child);
                }
                held(1, child).clear();
                held(1, child).add(parent);
                insert(held(0, parent), child, side == 0 ? position : -1);
            }
            case ONE_TO_ONE -> {
                Object old = single(side, x);
                if (old != null) {
                    held(1 - side, old).clear();
                }
                Object oldOfY = single(1 - side, y);
                if (oldOfY != null) {
                    held(side, oldOfY).clear();
                }
                held(side, x).clear();
                held(side, x).add(y);
                held(1 - side, y).clear();
                held(1 - side, y).add(x);
            }
            case MANY_TO_MANY -> {
                insert(held(side, x), y, position);
                held(1 - side, y).add(x);
            }
            case ONE_WAY -> insert(held(side, x), y, position);
        }
    }

    void link(int side, Object x, Object y) {
        link(side, x, y, -1);
    }

    /** Unlinks {@code x}, whose end is on {@code side}, from {@code y}; nothing if they are not linked. */
    void unlink(int side, Object x, Object y) {
        if (!linked(side, x, y)) {
            return;
        }
        removeSame(held(side, x), y);
        if (kind != Kind.ONE_WAY) {
            removeSame(held(1 - side, y), x);
        }
    }

    /** Sets a scalar end: {@code x}'s end on {@code side} holds {@code y}, or nothing when it is null. */
    void set(int side, Object x, Object y) {
        Object old = single(side, x);
        if (old == y) {
            return;
        }
        if (kind == Kind.ONE_WAY) {
            held(side, x).clear();
            if (y != null) {
                held(side, x).add(y);
            }
        } else if (y == null) {
            unlink(side, x, old);
        } else {
            link(side, x, y);
        }
    }

    /**
     * Replaces what {@code x}'s collection end holds with {@code incoming}, each object once, in the
     * order given: what left is unlinked, what came in is linked (in that order, taking it from its
     * previous owner), what stayed is not touched.
     */
    void replace(int side, Object x, List<?> incoming) {
        List<Object> distinct = distinct(incoming);
        Set<Object> kept = identitySet(distinct);
        for (Object y : snapshot(side, x)) {
            if (!kept.contains(y)) {
                unlink(side, x, y);
            }
        }
        for (Object y : distinct) {
            link(side, x, y);
        }
        List<Object> held = held(side, x);
        held.clear();
        held.addAll(distinct);
    }

    /** Puts the objects of {@code x}'s end in the order given, which holds the same objects. */
    void reorder(int side, Object x, List<?> order) {
        List<Object> held = held(side, x);
        if (held.size() != order.size() || !identitySet(held).equals(identitySet(order))) {
            throw new AssertionError("not a reordering of " + held + ": " + order);
        }
        held.clear();
        held.addAll(order);
    }

    private static void insert(List<Object> list, Object element, int position) {
        if (position < 0) {
            list.add(element);
        } else {
            list.add(position, element);
        }
    }

    static List<Object> distinct(List<?> list) {
        List<Object> out = new ArrayList<>();
        Set<Object> seen = identitySet(List.of());
        for (Object element : list) {
            if (seen.add(element)) {
                out.add(element);
            }
        }
        return out;
    }

    static Set<Object> identitySet(List<?> elements) {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(elements);
        return set;
    }

    static int indexOfSame(List<?> list, Object element) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == element) {
                return i;
            }
        }
        return -1;
    }

    static boolean removeSame(List<?> list, Object element) {
        int index = indexOfSame(list, element);
        if (index < 0) {
            return false;
        }
        list.remove(index);
        return true;
    }
}

package dev.relate.examples.runtime;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the guarantees of SPEC's "What the generated code guarantees" on a set of objects, reading
 * the plain fields (never the generated helpers), so a wrong helper cannot hide its own mistake.
 */
public final class Invariants {
    private Invariants() {
    }

    /**
     * One-to-many: {@code c} is in {@code collectionOf(p)} exactly when {@code parentOf(c) == p}; a
     * child is in at most one parent's collection, once. Every parent met (given, or the parent of a
     * given child) is checked.
     *
     * @param relationship a name for messages, {@code "Parent.children/Child.parent"}
     * @param collectionOf reads the collection field; {@code null} counts as empty
     * @param parentOf reads the scalar field
     */
    public static <P, C> void assertOneToMany(String relationship, Iterable<? extends P> parents,
            Iterable<? extends C> children, Function<? super P, ? extends Collection<? extends C>> collectionOf,
            Function<? super C, ? extends P> parentOf) {
        Set<P> allParents = identitySet();
        for (P parent : parents) {
            allParents.add(parent);
        }
        for (C child : children) {
            P parent = parentOf.apply(child);
            if (parent != null) {
                allParents.add(parent);
            }
        }
        Map<C, P> holder = new IdentityHashMap<>();
        for (P parent : allParents) {
            Collection<? extends C> collection = collectionOf.apply(parent);
            if (collection == null) {
                continue;
            }
            Set<C> seen = identitySet();
            for (C child : collection) {
                assertWithMessage("%s: %s holds null", relationship, parent).that(child).isNotNull();
                assertWithMessage("%s: %s holds %s twice (%s)", relationship, parent, child, collection)
                        .that(seen.add(child)).isTrue();
                P other = holder.put(child, parent);
                assertWithMessage("%s: %s is in the collections of both %s and %s", relationship, child, other,
                        parent).that(other).isNull();
                assertWithMessage("%s: %s is in the collection of %s but points at", relationship, child, parent)
                        .that(parentOf.apply(child)).isSameInstanceAs(parent);
            }
        }
        for (C child : children) {
            P parent = parentOf.apply(child);
            if (parent != null) {
                assertWithMessage("%s: %s points at %s but is not in its collection %s", relationship, child,
                        parent, collectionOf.apply(parent))
                        .that(holder.get(child)).isSameInstanceAs(parent);
            } else {
                assertWithMessage("%s: %s points at no parent but is in a collection", relationship, child)
                        .that(holder.get(child)).isNull();
            }
        }
    }

    /**
     * One-to-one: {@code ab(a) == b} exactly when {@code ba(b) == a}, for every object given and every
     * object they point at.
     */
    public static <A, B> void assertOneToOne(String relationship, Iterable<? extends A> as, Iterable<? extends B> bs,
            Function<? super A, ? extends B> ab, Function<? super B, ? extends A> ba) {
        Set<A> allA = identitySet();
        Set<B> allB = identitySet();
        for (A a : as) {
            allA.add(a);
        }
        for (B b : bs) {
            allB.add(b);
        }
        for (A a : new ArrayList<>(allA)) {
            B b = ab.apply(a);
            if (b != null) {
                allB.add(b);
            }
        }
        for (B b : new ArrayList<>(allB)) {
            A a = ba.apply(b);
            if (a != null) {
                allA.add(a);
            }
        }
        for (A a : allA) {
            B b = ab.apply(a);
            if (b != null) {
                assertWithMessage("%s: %s points at %s, which points back at", relationship, a, b)
                        .that(ba.apply(b)).isSameInstanceAs(a);
            }
        }
        for (B b : allB) {
            A a = ba.apply(b);
            if (a != null) {
                assertWithMessage("%s: %s points back at %s, which points at", relationship, b, a)
                        .that(ab.apply(a)).isSameInstanceAs(b);
            }
        }
    }

    /** The elements of a collection by identity, failing on a repeated one; for comparing contents. */
    public static <E> List<E> distinctElements(Collection<? extends E> collection) {
        List<E> out = new ArrayList<>();
        Set<E> seen = identitySet();
        for (E element : collection) {
            assertWithMessage("%s holds %s twice", collection, element).that(seen.add(element)).isTrue();
            out.add(element);
        }
        return out;
    }

    /** How many times {@code collection} holds {@code element} itself. */
    public static int countSame(Collection<?> collection, Object element) {
        int count = 0;
        for (Object candidate : collection) {
            if (candidate == element) {
                count++;
            }
        }
        return count;
    }

    /** A snapshot of a collection as a list, in iteration order ({@code null} gives an empty list). */
    public static <E> List<E> snapshot(Collection<? extends E> collection) {
        return collection == null ? Collections.<E>emptyList() : new ArrayList<>(collection);
    }

    public static <E> Set<E> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

}

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
import java.util.function.ToIntFunction;

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
     * Kept positions: each element of each owner's list holds its index there, and each element in no
     * list (whose owner is {@code null}) holds {@code -1}.
     *
     * @param end a name for messages, {@code "Parent.children"}
     * @param listOf reads the list field; {@code null} counts as empty
     * @param ownerOf reads the element's scalar end
     * @param positionOf reads the element's position field
     */
    public static <O, E> void assertPositions(String end, Iterable<? extends O> owners, Iterable<? extends E> elements,
            Function<? super O, ? extends List<? extends E>> listOf, Function<? super E, ?> ownerOf,
            ToIntFunction<? super E> positionOf) {
        for (O owner : owners) {
            List<? extends E> list = listOf.apply(owner);
            for (int i = 0; list != null && i < list.size(); i++) {
                assertWithMessage("%s: the position of %s, at index %s of %s's list %s", end, list.get(i), i, owner,
                        list).that(positionOf.applyAsInt(list.get(i))).isEqualTo(i);
            }
        }
        for (E element : elements) {
            if (ownerOf.apply(element) == null) {
                assertWithMessage("%s: the position of %s, in no list", end, element)
                        .that(positionOf.applyAsInt(element)).isEqualTo(-1);
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

    /**
     * Many-to-many: {@code r} is in {@code rightsOf(l)} exactly when {@code l} is in {@code leftsOf(r)},
     * once, by identity. Every object given is checked, and so is every object met in a checked
     * collection (until none is new), so an object linked to a given one cannot hide a mistake. For a
     * self-referential relationship pass the same objects as lefts and rights.
     *
     * @param relationship a name for messages, {@code "Parent.children/Child.parents"}
     * @param rightsOf reads the left end's collection field; {@code null} counts as empty
     * @param leftsOf reads the right end's collection field; {@code null} counts as empty
     */
    public static <L, R> void assertManyToMany(String relationship, Iterable<? extends L> lefts,
            Iterable<? extends R> rights, Function<? super L, ? extends Collection<? extends R>> rightsOf,
            Function<? super R, ? extends Collection<? extends L>> leftsOf) {
        Set<L> allLefts = identitySet();
        Set<R> allRights = identitySet();
        List<L> newLefts = new ArrayList<>();
        List<R> newRights = new ArrayList<>();
        for (L left : lefts) {
            if (allLefts.add(left)) {
                newLefts.add(left);
            }
        }
        for (R right : rights) {
            if (allRights.add(right)) {
                newRights.add(right);
            }
        }
        while (!newLefts.isEmpty() || !newRights.isEmpty()) {
            List<L> lTodo = new ArrayList<>(newLefts);
            List<R> rTodo = new ArrayList<>(newRights);
            newLefts.clear();
            newRights.clear();
            for (L left : lTodo) {
                for (R right : orEmpty(rightsOf.apply(left))) {
                    if (right != null && allRights.add(right)) {
                        newRights.add(right);
                    }
                }
            }
            for (R right : rTodo) {
                for (L left : orEmpty(leftsOf.apply(right))) {
                    if (left != null && allLefts.add(left)) {
                        newLefts.add(left);
                    }
                }
            }
        }
        for (L left : allLefts) {
            Collection<? extends R> held = orEmpty(rightsOf.apply(left));
            Set<R> seen = identitySet();
            for (R right : held) {
                assertWithMessage("%s: %s holds null", relationship, left).that(right).isNotNull();
                assertWithMessage("%s: %s holds %s twice (%s)", relationship, left, right, held)
                        .that(seen.add(right)).isTrue();
                Collection<? extends L> back = orEmpty(leftsOf.apply(right));
                assertWithMessage("%s: %s holds %s, whose other end %s holds it this many times", relationship,
                        left, right, back).that(countSame(back, left)).isEqualTo(1);
            }
        }
        for (R right : allRights) {
            Collection<? extends L> held = orEmpty(leftsOf.apply(right));
            Set<L> seen = identitySet();
            for (L left : held) {
                assertWithMessage("%s: %s holds null on the other end", relationship, right).that(left).isNotNull();
                assertWithMessage("%s: %s holds %s twice on the other end (%s)", relationship, right, left, held)
                        .that(seen.add(left)).isTrue();
                Collection<? extends R> forth = orEmpty(rightsOf.apply(left));
                assertWithMessage("%s: %s holds %s on the other end, whose end %s holds it this many times",
                        relationship, right, left, forth).that(countSame(forth, right)).isEqualTo(1);
            }
        }
    }

    /**
     * Association object: {@code a} is in {@code leftCollection(l)} exactly when {@code leftOf(a) == l},
     * and in {@code rightCollection(r)} exactly when {@code rightOf(a) == r}, each once; an
     * association is in at most one collection of each side. Every object given is checked, and so
     * is every object met from them (the associations in a checked collection, the objects at the
     * ends of a checked association) until none is new, so an object reached from a given one cannot
     * hide a mistake. For a self-referential association pass the same objects as lefts and rights.
     *
     * @param association a name for messages, {@code "Association"}
     * @param leftCollection reads the left class's collection of associations; {@code null} counts as empty
     * @param leftOf reads the association's left end
     * @param rightCollection reads the right class's collection of associations; {@code null} counts as empty
     * @param rightOf reads the association's right end
     */
    public static <L, A, R> void assertAssociations(String association, Iterable<? extends L> lefts,
            Iterable<? extends R> rights, Iterable<? extends A> associations,
            Function<? super L, ? extends Collection<? extends A>> leftCollection,
            Function<? super A, ? extends L> leftOf,
            Function<? super R, ? extends Collection<? extends A>> rightCollection,
            Function<? super A, ? extends R> rightOf) {
        Set<L> allLefts = identitySet();
        Set<R> allRights = identitySet();
        Set<A> allAssociations = identitySet();
        List<L> newLefts = new ArrayList<>();
        List<R> newRights = new ArrayList<>();
        List<A> met = new ArrayList<>();
        for (L left : lefts) {
            if (allLefts.add(left)) {
                newLefts.add(left);
            }
        }
        for (R right : rights) {
            if (allRights.add(right)) {
                newRights.add(right);
            }
        }
        for (A link : associations) {
            met.add(link);
        }
        while (!newLefts.isEmpty() || !newRights.isEmpty() || !met.isEmpty()) {
            for (L left : newLefts) {
                met.addAll(orEmpty(leftCollection.apply(left)));
            }
            for (R right : newRights) {
                met.addAll(orEmpty(rightCollection.apply(right)));
            }
            newLefts.clear();
            newRights.clear();
            for (A link : met) {
                if (link == null || !allAssociations.add(link)) {
                    continue; // a null is reported below
                }
                L left = leftOf.apply(link);
                if (left != null && allLefts.add(left)) {
                    newLefts.add(left);
                }
                R right = rightOf.apply(link);
                if (right != null && allRights.add(right)) {
                    newRights.add(right);
                }
            }
            met.clear();
        }
        assertOneToMany(association + ": left end", allLefts, allAssociations, leftCollection, leftOf);
        assertOneToMany(association + ": right end", allRights, allAssociations, rightCollection, rightOf);
    }

    /**
     * One-way collection end: nothing points back, so the one guarantee left is that each owner's
     * collection holds no {@code null} and no object twice (by identity).
     *
     * @param collectionOf reads the collection field; {@code null} counts as empty
     */
    public static <O, E> void assertEachOnce(String end, Iterable<? extends O> owners,
            Function<? super O, ? extends Collection<? extends E>> collectionOf) {
        for (O owner : owners) {
            Collection<? extends E> held = orEmpty(collectionOf.apply(owner));
            Set<E> seen = identitySet();
            for (E element : held) {
                assertWithMessage("%s: %s holds null", end, owner).that(element).isNotNull();
                assertWithMessage("%s: %s holds %s twice (%s)", end, owner, element, held).that(seen.add(element))
                        .isTrue();
            }
        }
    }

    private static <E> Collection<? extends E> orEmpty(Collection<? extends E> collection) {
        return collection == null ? Collections.<E>emptyList() : collection;
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

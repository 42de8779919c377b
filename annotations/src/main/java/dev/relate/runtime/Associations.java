package dev.relate.runtime;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The association objects of one association class, each linking a left and a right object
 * (SQLAlchemy's association object pattern). Both ends of an association are ordinary many-to-one
 * ends whose other ends are collections of associations; this class creates, finds and removes
 * links through them, so that all four ends always agree, and gives typed navigation from one side
 * to the objects on the other.
 *
 * @param <L> the left class
 * @param <A> the association class
 * @param <R> the right class
 */
public abstract class Associations<L, A, R> {
    private final String name;
    private final OneToManyEnd<L, A, ?> leftEnd;
    private final OneToManyEnd<R, A, ?> rightEnd;
    /**
     * Whether a class validates or listens to either collection of associations (or the
     * association's end beside it): then every link and unlink is one operation of journaled steps,
     * so that a refusal on the right undoes the left, and the listeners run once all four ends agree.
     */
    private final boolean observed;

    /**
     * @param name the association class as users write it, for messages
     * @param leftEnd the left object's collection of associations, with the association's left end
     * @param rightEnd the right object's collection of associations, with the association's right end
     */
    protected Associations(String name, OneToManyEnd<L, A, ?> leftEnd, OneToManyEnd<R, A, ?> rightEnd) {
        this.name = name;
        this.leftEnd = leftEnd;
        this.rightEnd = rightEnd;
        this.observed = leftEnd.observed() || rightEnd.observed();
    }

    /**
     * Creates an association object for {@link #link(Object, Object)}. The default throws:
     * generated code overrides it, calling the association class's constructor where it can, and
     * otherwise throwing {@link #cannotCreate(String)} with the reason.
     */
    protected A create() {
        throw cannotCreate(Problems.Part.NO_CONSTRUCTOR.text());
    }

    /**
     * The exception {@link #create()} throws for an association class relate cannot create.
     *
     * @param reason why, said of the class: "is abstract"
     */
    protected final UnsupportedOperationException cannotCreate(String reason) {
        return Problems.cannotCreateAssociation(name, reason);
    }

    /**
     * Links {@code left} and {@code right} through {@code association}, wiring all four ends. An
     * association already linked elsewhere moves. For a class declared with
     * {@code @AssociationObject(unique = true)}, linking a pair that another association links
     * already throws {@code IllegalStateException} ({@code [RelateAlreadyLinked]}) and changes
     * nothing.
     *
     * <p>It changes everything or nothing: if a step throws (a set holding an equal association, a
     * user's collection or accessor), every end is as it was, and an association that was linked
     * elsewhere is back at its place in the collections it left. Where a class validates or listens
     * to an end ({@code @Validates}, {@code @OnChange}), the left link is validated and made, then the
     * right one, each seeing the steps before it done; a refusal undoes every step, and the listeners
     * of both sides run once all four ends agree.
     *
     * @return the association
     */
    public final A link(L left, R right, A association) {
        requireNonNull(left, Problems.Part.LEFT_OBJECT);
        requireNonNull(right, Problems.Part.RIGHT_OBJECT);
        requireNonNull(association, Problems.Part.ASSOCIATION);
        refuseSecondPair(left, right, association);
        if (observed) {
            linkObserved(left, right, association);
            return association;
        }
        if (leftEnd.ownerOf(association) != null || rightEnd.ownerOf(association) != null) {
            Journal journal = new Journal();
            try {
                link(left, right, association, journal);
            } catch (RuntimeException | Error e) {
                journal.rollBack(e);
                throw e;
            }
            journal.commit();
            return association;
        }
        // a new association: taking it out of the left collection again (and dropping that
        // collection if this step created it) undoes the first step
        boolean leftCreated = leftEnd.collection(left) == null;
        leftEnd.assign(association, left);
        try {
            rightEnd.assign(association, right);
        } catch (RuntimeException | Error e) {
            Journal.undo(e, () -> leftEnd.assign(association, null));
            if (leftCreated) {
                leftEnd.dropCollection(e, left);
            }
            throw e;
        }
        return association;
    }

    /**
     * For a class declared with {@code @AssociationObject(unique = true)}, before anything changes:
     * throws if another association links {@code left} and {@code right}, naming the end that the
     * association joins, the right one if it joins both. Other classes read nothing.
     */
    private void refuseSecondPair(L left, R right, A association) {
        if (rightEnd.ownerOf(association) != right) {
            rightEnd.refusePair(right, left, association, null, null);
        } else if (leftEnd.ownerOf(association) != left) {
            leftEnd.refusePair(left, right, association, null, null);
        }
    }

    /**
     * {@link #link(Object, Object, Object)} as steps recorded in {@code journal}, each validated before it
     * changes anything.
     */
    private void link(L left, R right, A association, Journal journal) {
        if (rightEnd.ownerOf(association) != right && leftEnd.ownerOf(association) != left) {
            // both ends move: the pair in between, the new left with the old right, is no link to check
            rightEnd.assign(association, null, journal);
        }
        leftEnd.assign(association, left, journal);
        rightEnd.assign(association, right, journal);
    }

    /**
     * {@link #link(Object, Object, Object)} where a class validates or listens to an end: the left
     * link, then the right one, each validated before it changes anything (the right one's validators
     * see the left link made), as one operation whose listeners run once both are made. A refusal of
     * the right link leaves the left collection as it was and the association unlinked. While a table
     * loads links on this thread ({@link Journal#loading}), the steps are part of the load.
     */
    private void linkObserved(L left, R right, A association) {
        Journal loading = Journal.loading();
        Journal journal = loading != null ? loading : new Journal();
        try {
            link(left, right, association, journal);
        } catch (RuntimeException | Error e) {
            if (loading == null) {
                journal.rollBack(e);
            }
            throw e;
        }
        if (loading == null) {
            journal.commit();
        }
    }

    /** Links {@code left} and {@code right} through a new association object, and returns it. */
    public final A link(L left, R right) {
        requireNonNull(left, Problems.Part.LEFT_OBJECT);
        requireNonNull(right, Problems.Part.RIGHT_OBJECT);
        return link(left, right, create());
    }

    /**
     * The first association linking {@code left} and {@code right}, or {@code null}; it searches the
     * smaller of the two collections of associations.
     */
    public final A find(L left, R right) {
        if (left == null || right == null) {
            return null;
        }
        Collection<A> lefts = leftEnd.collection(left);
        Collection<A> rights = rightEnd.collection(right);
        if (lefts == null || rights == null) {
            return null;
        }
        for (A association : lefts.size() <= rights.size() ? lefts : rights) {
            if (leftEnd.ownerOf(association) == left && rightEnd.ownerOf(association) == right) {
                return association;
            }
        }
        return null;
    }

    /**
     * Removes every association linking {@code left} and {@code right}: each leaves both
     * collections and its two ends are cleared.
     *
     * @return how many associations were removed
     */
    public final int unlink(L left, R right) {
        if (left == null || right == null) {
            return 0;
        }
        Collection<A> lefts = leftEnd.collection(left);
        Collection<A> rights = rightEnd.collection(right);
        if (lefts == null || rights == null) {
            return 0;
        }
        A first = null;
        List<A> more = null;
        for (A association : lefts.size() <= rights.size() ? lefts : rights) {
            if (leftEnd.ownerOf(association) == left && rightEnd.ownerOf(association) == right) {
                if (first == null) {
                    first = association;
                } else {
                    if (more == null) {
                        more = new ArrayList<>();
                    }
                    more.add(association);
                }
            }
        }
        if (first == null) {
            return 0;
        }
        if (more == null) {
            unlink(first); // one association, the usual case: undone by hand, nothing allocated
            return 1;
        }
        more.add(0, first);
        unlinkAll(more);
        return more.size();
    }

    @SuppressWarnings("unchecked")
    final int unlinkPair(Object left, Object right) {
        return unlink((L) left, (R) right);
    }

    /** Unlinks each association, everything or nothing. */
    private void unlinkAll(List<A> associations) {
        Journal journal = new Journal();
        try {
            for (A association : associations) {
                unlink(association, journal);
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
    }

    /**
     * Takes {@code association} out of both collections and clears its two ends, everything or
     * nothing: if the right end throws, the association goes back to its place on the left.
     */
    public final void unlink(A association) {
        requireNonNull(association, Problems.Part.ASSOCIATION);
        if (observed) {
            // one operation: the listeners of both sides run once the association is off both
            unlinkAll(Collections.singletonList(association));
            return;
        }
        L left = leftEnd.ownerOf(association);
        if (left == null) {
            rightEnd.assign(association, null);
            return;
        }
        if (leftEnd.positioned) {
            // through the journal, which renumbers what followed it in the left list
            unlinkAll(Collections.singletonList(association));
            return;
        }
        int where = leftEnd.takeOut(left, association);
        try {
            rightEnd.assign(association, null);
        } catch (RuntimeException | Error e) {
            Journal.undo(e, () -> leftEnd.putBack(left, association, where));
            throw e;
        }
    }

    /**
     * Unlinks every association of {@code left}, recording what undoes it in {@code journal}: each
     * leaves both collections and its two ends are cleared.
     */
    final void unlinkAllOfLeft(L left, Journal journal) {
        unlinkEach(leftEnd.collection(left), journal);
    }

    /** {@link #unlinkAllOfLeft} for a right object. */
    final void unlinkAllOfRight(R right, Journal journal) {
        unlinkEach(rightEnd.collection(right), journal);
    }

    private void unlinkEach(Collection<A> associations, Journal journal) {
        if (associations == null) {
            return;
        }
        // a copy: unlinking takes each association out of the collection being read
        for (A association : new ArrayList<>(associations)) {
            unlink(association, journal);
        }
    }

    private void unlink(A association, Journal journal) {
        leftEnd.assign(association, null, journal);
        rightEnd.assign(association, null, journal);
    }

    /**
     * A live view of the right objects that {@code left}'s associations reach, in the order of its
     * collection of associations (SQLAlchemy's association_proxy). Adding creates an association
     * (see {@link #create()}); removing an object unlinks every association to it, and so do
     * {@code clear}, {@code removeIf}, {@code removeAll} and {@code retainAll} for each object they
     * remove. What would unlink one association of several to the same object, or put an object at
     * a position ({@code iterator().remove()}, {@code set}, {@code add(int, F)}, {@code remove(int)})
     * throws {@code UnsupportedOperationException}.
     */
    public final List<R> rights(L left) {
        requireNonNull(left, Problems.Part.LEFT_OBJECT);
        return new Proxy<>(leftEnd, left, rightEnd, right -> link(left, right, create()));
    }

    /** The same view from the right: the left objects that {@code right}'s associations reach. */
    public final List<L> lefts(R right) {
        requireNonNull(right, Problems.Part.RIGHT_OBJECT);
        return new Proxy<>(rightEnd, right, leftEnd, left -> link(left, right, create()));
    }

    /** The left object's collection of associations, with the association's left end. */
    final OneToManyEnd<L, A, ?> leftEnd() {
        return leftEnd;
    }

    /** The right object's collection of associations, with the association's right end. */
    final OneToManyEnd<R, A, ?> rightEnd() {
        return rightEnd;
    }

    private void requireNonNull(Object value, Problems.Part what) {
        if (value == null) {
            throw Problems.nullArgument(what, name);
        }
    }

    /**
     * The view through the associations of {@code owner} ({@code near} is its collection of them) to
     * the objects at their {@code far} end.
     */
    private final class Proxy<N, F> extends AbstractList<F> {
        private final OneToManyEnd<N, A, ?> near;
        private final N owner;
        private final OneToManyEnd<F, A, ?> far;
        /** Links the owner with a far object through a new association. */
        private final Function<F, A> linker;

        Proxy(OneToManyEnd<N, A, ?> near, N owner, OneToManyEnd<F, A, ?> far, Function<F, A> linker) {
            this.near = near;
            this.owner = owner;
            this.far = far;
            this.linker = linker;
        }

        private List<A> associations() {
            Collection<A> associations = near.collection(owner);
            return associations == null ? new ArrayList<A>() : associations instanceof List
                    ? (List<A>) associations : new ArrayList<>(associations);
        }

        @Override
        public F get(int index) {
            return far.ownerOf(associations().get(index));
        }

        @Override
        public int size() {
            Collection<A> associations = near.collection(owner);
            return associations == null ? 0 : associations.size();
        }

        @Override
        public Iterator<F> iterator() {
            Collection<A> associations = near.collection(owner);
            final Iterator<A> it = associations == null ? Collections.<A>emptyIterator() : associations.iterator();
            return new Iterator<F>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public F next() {
                    return far.ownerOf(it.next());
                }
            };
        }

        @Override
        public boolean add(F target) {
            if (target == null) {
                throw Problems.linkNull(name);
            }
            linker.apply(target);
            return true;
        }

        @Override
        public boolean remove(Object target) {
            if (target == null) {
                return false;
            }
            try {
                return (near == leftEnd ? unlinkPair(owner, target) : unlinkPair(target, owner)) > 0;
            } catch (ClassCastException e) {
                return false; // not of the far class: read before anything changes
            }
        }

        @Override
        public boolean removeIf(Predicate<? super F> filter) {
            if (filter == null) {
                throw Problems.nullArgument(Problems.Part.FILTER, name);
            }
            return unlinkWhere(filter);
        }

        @Override
        public boolean removeAll(Collection<?> targets) {
            if (targets == null) {
                throw Problems.nullElements(Problems.Part.OBJECTS_TO_REMOVE, name);
            }
            return unlinkWhere(Links.membership(targets));
        }

        @Override
        public boolean retainAll(Collection<?> targets) {
            if (targets == null) {
                throw Problems.nullElements(Problems.Part.OBJECTS_TO_KEEP, name);
            }
            return unlinkWhere(Links.membership(targets).negate());
        }

        /**
         * Unlinks every association of the owner whose far object matches. The filter sees every
         * association before anything changes, so a filter that throws changes nothing.
         */
        private boolean unlinkWhere(Predicate<? super F> filter) {
            List<A> found = new ArrayList<>();
            for (A association : associations()) {
                if (filter.test(far.ownerOf(association))) {
                    found.add(association);
                }
            }
            unlinkAll(found);
            return !found.isEmpty();
        }


        @Override
        public boolean contains(Object target) {
            for (A association : associations()) {
                if (far.ownerOf(association) == target) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void clear() {
            // a copy: unlinking takes each association out of the collection being read
            unlinkAll(new ArrayList<>(associations()));
        }
    }
}

package dev.relate.examples.runtime.property;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The objects of a property test whose random steps throw at a random point ({@link Faults}): three
 * owners, six members and every association object ever linked, the step taken with a fault armed (a
 * step that threw changed nothing of {@link #snapshot}) and the bulk, iterator and positional operations
 * of live views that steps take. What the model's classes are, what a step of each kind does, what a
 * snapshot holds and which invariants hold after every step, the test says.
 *
 * @param <O> the owners
 * @param <M> the members
 * @param <A> the association objects
 */
abstract class FaultyWorld<O, M, A> {
    static final int OWNERS = 3;
    static final int MEMBERS = 6;

    final List<O> owners = new ArrayList<>();
    final List<M> members = new ArrayList<>();
    /** Every association object ever linked, so that snapshots cover them. */
    final List<A> links = new ArrayList<>();
    private final FaultCounts counts;

    FaultyWorld(IntFunction<O> owner, IntFunction<M> member, FaultCounts counts) {
        for (int i = 0; i < OWNERS; i++) {
            owners.add(owner.apply(i));
        }
        for (int i = 0; i < MEMBERS; i++) {
            members.add(member.apply(i));
        }
        this.counts = counts;
    }

    /** Takes step {@code op} of its kind, with no fault armed by this world. */
    abstract void take(Op op);

    /** The number of a member, from 0. */
    abstract int id(M member);

    /** The association objects {@code owner} is linked to now. */
    abstract Collection<A> linksOf(O owner);

    /** Every field of every object, collections copied in their order. */
    abstract List<Object> snapshot();

    /** After every step: every invariant holds. */
    abstract void checkInvariants(Op op);

    O owner(int n) {
        return owners.get(n % OWNERS);
    }

    M member(int n) {
        return members.get(n % MEMBERS);
    }

    /** Up to four members, possibly repeated. */
    List<M> pick(int seed) {
        Random random = new Random(seed);
        List<M> picked = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            picked.add(members.get(random.nextInt(MEMBERS)));
        }
        return picked;
    }

    /** Whether bit {@code id} of {@code bits} is set. */
    static boolean bit(int bits, int id) {
        return (bits >> id & 1) == 1;
    }

    /**
     * Takes the step with a fault armed at a random tick (or none): a step that threw changed
     * nothing; one that did not may have linked new association objects.
     */
    final void step(Op op) {
        switch (FaultedStep.takeUnmodelled(op, op.c() % 16, () -> take(op), this::snapshot)) {
            case BROKEN -> counts.stepFailed();
            case TAKEN -> collectLinks();
            default -> {
            }
        }
    }

    /** Adds the association objects linked now that {@link #links} does not hold yet. */
    void collectLinks() {
        for (O owner : owners) {
            for (A link : new ArrayList<>(linksOf(owner))) {
                if (!links.contains(link)) {
                    links.add(link);
                }
            }
        }
    }

    /** A bulk or iterator operation of a view of members. */
    final void memberStep(Collection<M> view, Op op) {
        collectionStep(view, op, m -> bit(op.b(), id(m)), pick(op.b()), member(op.b()));
    }

    /** A bulk or iterator operation of any collection view: {@code drop} picks elements, {@code some} is a few. */
    static <T> void collectionStep(Collection<T> view, Op op, Predicate<T> drop, List<T> some, T one) {
        switch (op.c() >> 4 & 7) {
            case 0 -> view.clear();
            case 1 -> view.removeIf(drop);
            case 2 -> view.retainAll(some);
            case 3 -> view.removeAll(some);
            case 4 -> view.addAll(some);
            case 5 -> removeFirst(view.iterator(), drop);
            default -> view.add(one);
        }
    }

    /**
     * Walks {@code it} to the first element that matches and removes it: one operation (the walk
     * before it changes nothing; the walk after another removal would be a step of its own).
     */
    static <T> void removeFirst(Iterator<T> it, Predicate<T> drop) {
        while (it.hasNext()) {
            if (drop.test(it.next())) {
                it.remove();
                return;
            }
        }
    }

    /** A positional operation of a list view of members. */
    final void listStep(List<M> view, Op op) {
        int size = view.size();
        int at = size == 0 ? 0 : op.b() % size;
        M member = member(op.b() / 7);
        switch (op.c() >> 4 & 15) {
            case 0 -> view.add(op.b() % (size + 1), member);
            case 1 -> view.set(at, member);
            case 2 -> view.remove(at);
            case 3 -> view.subList(at, size).clear();
            case 4 -> view.addAll(op.b() % (size + 1), pick(op.b()));
            case 5 -> view.sort(Comparator.<M>comparingInt(this::id).reversed());
            case 6 -> view.replaceAll(m -> member(id(m) + op.b()));
            case 7 -> {
                ListIterator<M> it = view.listIterator();
                for (int i = 0; i <= at && it.hasNext(); i++) {
                    it.next();
                }
                switch (op.b() % 3) {
                    case 0 -> it.remove();
                    case 1 -> it.set(member);
                    default -> it.add(member);
                }
            }
            case 8 -> view.subList(0, at).add(member);
            case 9 -> Collections.swap(view, at, size - 1);
            case 10 -> view.subList(at, size).removeIf(m -> bit(op.c(), id(m)));
            case 11 -> view.subList(0, at).retainAll(pick(op.c()));
            case 12 -> view.subList(at, size).sort(Comparator.<M>comparingInt(this::id).reversed());
            case 13 -> view.subList(0, at).replaceAll(m -> member(id(m) + op.c()));
            default -> memberStep(view, new Op(op.kind(), op.a(), op.b(), op.c() >> 3));
        }
    }
}

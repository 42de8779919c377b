package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * {@link FaultyOperationsPropertyTest} on a model where every end of every class has a validator and a
 * listener ({@link Observed}), so that every operation takes the paths of observed ends: one element
 * at a time, each step journaled, listeners run after the last. Collections, accessors,
 * {@code equals}/{@code hashCode}, comparators and validators throw at a random point of a step; a
 * step that threw changed no field and no listener heard it.
 */
class ObservedFaultyOperationsPropertyTest {
    private static final int DEPOTS = 3;
    private static final int CRATES = 6;
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong FAILED_STEPS = new AtomicLong();

    @Provide
    Arbitrary<List<Op>> operations() {
        return Steps.of(STEP_KINDS.size(), 20, 60, Op::new);
    }

    @Property(tries = 400, seed = "1212202600000091", shrinking = ShrinkingMode.BOUNDED)
    void aStepThatThrowsChangesNothing(@ForAll("operations") List<Op> ops) {
        World world = new World();
        Steps.take(ops, world::step, world::checkInvariants, STEPS::incrementAndGet);
    }

    @AfterContainer
    static void enoughStepsFailed() {
        assertWithMessage("steps run").that(STEPS.get()).isAtLeast(10_000L);
        assertWithMessage("steps failed by an injected fault").that(FAILED_STEPS.get()).isAtLeast(2_500L);
        assertWithMessage("faults injected").that((long) Faults.fired()).isAtLeast(FAILED_STEPS.get());
    }

    /** The objects, and the steps on them. */
    static final class World {
        final List<Quay> quays = new ArrayList<>();
        final List<Bale> bales = new ArrayList<>();
        /** Every association object ever linked, so that snapshots cover them. */
        final List<Consignment> consignments = new ArrayList<>();

        World() {
            for (int i = 0; i < DEPOTS; i++) {
                quays.add(new Quay(i));
            }
            for (int i = 0; i < CRATES; i++) {
                bales.add(new Bale(i));
            }
        }

        Quay quay(int n) {
            return quays.get(n % DEPOTS);
        }

        Bale bale(int n) {
            return bales.get(n % CRATES);
        }

        /** Up to four bales, possibly repeated. */
        List<Bale> pick(int seed) {
            Random random = new Random(seed);
            List<Bale> picked = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                picked.add(bales.get(random.nextInt(CRATES)));
            }
            return picked;
        }

        /**
         * Takes the step with a fault armed at a random tick (or none): a step that threw changed
         * nothing; one that did not may have linked new consignments.
         */
        void step(Op op) {
            Runnable step = () -> STEP_KINDS.get(op.kind()).accept(this, op);
            switch (FaultedStep.takeUnmodelled(op, op.c() % 16, step, this::snapshot)) {
                case BROKEN -> FAILED_STEPS.incrementAndGet();
                case TAKEN -> collectConsignments();
                default -> {
                }
            }
        }

        void collectConsignments() {
            for (Quay quay : quays) {
                for (Consignment shipment : new ArrayList<>(quay.consignments)) {
                    if (!consignments.contains(shipment)) {
                        consignments.add(shipment);
                    }
                }
            }
        }

        /** Every field of every object, collections copied in their order. */
        List<Object> snapshot() {
            List<Object> all = new ArrayList<>();
            all.add(Observed.heard());
            for (Quay d : quays) {
                all.add(new ArrayList<>(d.bales()));
                all.add(new ArrayList<>(d.yardBales));
                all.add(new ArrayList<>(d.racked));
                all.add(new ArrayList<>(d.routes));
                all.add(new ArrayList<>(d.watched));
                all.add(d.keeper());
                all.add(new ArrayList<>(d.consignments));
            }
            for (Bale c : bales) {
                all.add(c.quay());
                all.add(c.slot());
                all.add(c.yard);
                all.add(c.rack);
                all.add(new ArrayList<>(c.quays));
                all.add(c.keeperOf());
                all.add(new ArrayList<>(c.consignments));
            }
            for (Consignment s : consignments) {
                all.add(s.quay);
                all.add(s.bale);
            }
            return all;
        }

        /** After every step: every invariant holds. */
        void checkInvariants(Op op) {
            try {
                Invariants.assertOneToMany("Quay.bales", quays, bales, Quay::bales, Bale::quay);
                Invariants.assertPositions("Bale.slot", quays, bales, Quay::bales, Bale::quay, Bale::slot);
                Invariants.assertOneToMany("Quay.yardBales", quays, bales, d -> d.yardBales, c -> c.yard);
                Invariants.assertOneToMany("Quay.racked", quays, bales, d -> d.racked, c -> c.rack);
                Invariants.assertManyToMany("Quay.routes", quays, bales, d -> d.routes, c -> c.quays);
                Invariants.assertEachOnce("Quay.watched", quays, d -> d.watched);
                Invariants.assertOneToOne("Quay.keeper", quays, bales, Quay::keeper, Bale::keeperOf);
                Invariants.assertAssociations("Consignment", quays, bales, consignments, d -> d.consignments,
                        s -> s.quay, c -> c.consignments, s -> s.bale);
            } catch (AssertionError e) {
                throw new AssertionError("after step " + op + ": " + e.getMessage(), e);
            }
        }
    }

    /** Each kind of step: one operation of a helper or a live view. */
    private static final List<BiConsumer<World, Op>> STEP_KINDS = new ArrayList<>();

    private static void kind(BiConsumer<World, Op> step) {
        STEP_KINDS.add(step);
    }

    /** Whether bit {@code bale.id} of {@code bits} is set. */
    private static boolean bit(int bits, Bale bale) {
        return (bits >> bale.id & 1) == 1;
    }

    private static boolean bit(int bits, Quay quay) {
        return (bits >> quay.id & 1) == 1;
    }

    static {
        // one-to-many on a list, through private accessors
        kind((w, op) -> QuayRelations.addToBales(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.removeFromBales(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.setBales(w.quay(op.a()), w.pick(op.b())));
        kind((w, op) -> BaleRelations.setQuay(w.bale(op.b()), op.a() % 4 == 3 ? null : w.quay(op.a())));
        kind((w, op) -> QuayRelations.bales(w.quay(op.a())).clear());
        kind((w, op) -> QuayRelations.bales(w.quay(op.a())).removeIf(c -> bit(op.b(), c)));
        kind((w, op) -> QuayRelations.bales(w.quay(op.a())).retainAll(w.pick(op.b())));
        kind((w, op) -> QuayRelations.bales(w.quay(op.a())).removeAll(w.pick(op.b())));
        kind((w, op) -> QuayRelations.bales(w.quay(op.a())).addAll(w.pick(op.b())));
        kind((w, op) -> listStep(QuayRelations.bales(w.quay(op.a())), w, op));
        // one-to-many on a set in insertion order
        kind((w, op) -> QuayRelations.yardBales(w.quay(op.a())).add(w.bale(op.b())));
        kind((w, op) -> QuayRelations.removeFromYardBales(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.setYardBales(w.quay(op.a()), w.pick(op.b())));
        kind((w, op) -> BaleRelations.setYard(w.bale(op.b()), op.a() % 4 == 3 ? null : w.quay(op.a())));
        kind((w, op) -> baleStep(QuayRelations.yardBales(w.quay(op.a())), w, op));
        // one-to-many on a sorted set whose comparator ticks
        kind((w, op) -> QuayRelations.addToRacked(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.racked(w.quay(op.a())).remove(w.bale(op.b())));
        kind((w, op) -> QuayRelations.setRacked(w.quay(op.a()), w.pick(op.b())));
        kind((w, op) -> baleStep(QuayRelations.racked(w.quay(op.a())), w, op));
        kind((w, op) -> QuayRelations.racked(w.quay(op.a())).pollFirst());
        kind((w, op) -> QuayRelations.racked(w.quay(op.a())).headSet(w.bale(op.b()), true).clear());
        kind((w, op) -> removeFirst(QuayRelations.racked(w.quay(op.a())).descendingIterator(), c -> bit(op.b(), c)));
        // many-to-many, a list with a set, from both ends
        kind((w, op) -> QuayRelations.addToRoutes(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> BaleRelations.addToQuays(w.bale(op.b()), w.quay(op.a())));
        kind((w, op) -> QuayRelations.removeFromRoutes(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> BaleRelations.quays(w.bale(op.b())).remove(w.quay(op.a())));
        kind((w, op) -> QuayRelations.setRoutes(w.quay(op.a()), w.pick(op.b())));
        kind((w, op) -> BaleRelations.setQuays(w.bale(op.b()), op.a() % 2 == 0 ? List.of() : w.quays));
        kind((w, op) -> listStep(QuayRelations.routes(w.quay(op.a())), w, op));
        kind((w, op) -> collectionStep(BaleRelations.quays(w.bale(op.b())), op, d -> bit(op.a(), d), w.quays,
                w.quay(op.a())));
        kind((w, op) -> BaleRelations.quays(w.bale(op.b())).clear());
        // one-way
        kind((w, op) -> QuayRelations.addToWatched(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.removeFromWatched(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.setWatched(w.quay(op.a()), w.pick(op.b())));
        kind((w, op) -> baleStep(QuayRelations.watched(w.quay(op.a())), w, op));
        // one-to-one through private accessors
        kind((w, op) -> QuayRelations.setKeeper(w.quay(op.a()), op.b() % 4 == 3 ? null : w.bale(op.b())));
        kind((w, op) -> BaleRelations.setKeeperOf(w.bale(op.b()), op.a() % 4 == 3 ? null : w.quay(op.a())));
        // the association object
        kind((w, op) -> ConsignmentRelations.link(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> {
            // moves an association that may be linked already
            if (!w.consignments.isEmpty()) {
                Consignment s = w.consignments.get(op.c() % w.consignments.size());
                ConsignmentRelations.link(w.quay(op.a()), w.bale(op.b()), s);
            }
        });
        kind((w, op) -> ConsignmentRelations.unlink(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> {
            if (!w.consignments.isEmpty()) {
                ConsignmentRelations.unlink(w.consignments.get(op.c() % w.consignments.size()));
            }
        });
        kind((w, op) -> QuayRelations.baleOfConsignments(w.quay(op.a())).removeIf(c -> bit(op.b(), c)));
        kind((w, op) -> QuayRelations.baleOfConsignments(w.quay(op.a())).clear());
        kind((w, op) -> BaleRelations.quayOfConsignments(w.bale(op.b())).remove(w.quay(op.a())));
        kind((w, op) -> QuayRelations.setConsignments(w.quay(op.a()), List.of()));
        // detaching an object from every relationship, all or nothing
        kind((w, op) -> QuayRelations.detach(w.quay(op.a())));
        kind((w, op) -> BaleRelations.detach(w.bale(op.b())));
        kind((w, op) -> {
            if (!w.consignments.isEmpty()) {
                ConsignmentRelations.detach(w.consignments.get(op.c() % w.consignments.size()));
            }
        });
    }

    /** A bulk or iterator operation of a view of bales. */
    private static void baleStep(Collection<Bale> view, World w, Op op) {
        collectionStep(view, op, c -> bit(op.b(), c), w.pick(op.b()), w.bale(op.b()));
    }

    /** A bulk or iterator operation of any collection view: {@code drop} picks elements, {@code some} is a few. */
    private static <T> void collectionStep(Collection<T> view, Op op, Predicate<T> drop, List<T> some, T one) {
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
    private static <T> void removeFirst(Iterator<T> it, Predicate<T> drop) {
        while (it.hasNext()) {
            if (drop.test(it.next())) {
                it.remove();
                return;
            }
        }
    }

    /** A positional operation of a list view. */
    private static void listStep(List<Bale> view, World w, Op op) {
        int size = view.size();
        int at = size == 0 ? 0 : op.b() % size;
        Bale bale = w.bale(op.b() / 7);
        switch (op.c() >> 4 & 15) {
            case 0 -> view.add(op.b() % (size + 1), bale);
            case 1 -> view.set(at, bale);
            case 2 -> view.remove(at);
            case 3 -> view.subList(at, size).clear();
            case 4 -> view.addAll(op.b() % (size + 1), w.pick(op.b()));
            case 5 -> view.sort(Comparator.comparingInt((Bale c) -> c.id).reversed());
            case 6 -> view.replaceAll(c -> w.bale(c.id + op.b()));
            case 7 -> {
                ListIterator<Bale> it = view.listIterator();
                for (int i = 0; i <= at && it.hasNext(); i++) {
                    it.next();
                }
                switch (op.b() % 3) {
                    case 0 -> it.remove();
                    case 1 -> it.set(bale);
                    default -> it.add(bale);
                }
            }
            case 8 -> view.subList(0, at).add(bale);
            case 9 -> Collections.swap(view, at, size - 1);
            case 10 -> view.subList(at, size).removeIf(c -> bit(op.c(), c));
            case 11 -> view.subList(0, at).retainAll(w.pick(op.c()));
            case 12 -> view.subList(at, size).sort(Comparator.comparingInt((Bale c) -> c.id).reversed());
            case 13 -> view.subList(0, at).replaceAll(c -> w.bale(c.id + op.c()));
            default -> baleStep(view, w, new Op(op.kind(), op.a(), op.b(), op.c() >> 3));
        }
    }
}

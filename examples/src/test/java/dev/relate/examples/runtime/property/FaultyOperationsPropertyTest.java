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
 * SPEC's all-or-nothing guarantee as a property: random operations through every kind of helper and
 * live view ({@link Depot} and {@link Crate}: one-to-many on a list with private accessors that keeps
 * each crate's position in a private field with accessors, on a set in
 * insertion order and on a sorted set; many-to-many; one-way; one-to-one with private accessors; an
 * association object; detaching an object from all of them) on collections, accessors, {@code equals}/{@code hashCode} and comparators that
 * throw at a random point of the step ({@link Faults}). After every step that threw, a snapshot of every
 * field of every object (collections in order) equals the one taken before; after every step, every
 * invariant holds.
 */
class FaultyOperationsPropertyTest {
    private static final int DEPOTS = 3;
    private static final int CRATES = 6;
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong FAILED_STEPS = new AtomicLong();

    @Provide
    Arbitrary<List<Op>> operations() {
        return Steps.of(STEP_KINDS.size(), 20, 60, Op::new);
    }

    @Property(tries = 400, seed = "1212202600000012", shrinking = ShrinkingMode.BOUNDED)
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
        final List<Depot> depots = new ArrayList<>();
        final List<Crate> crates = new ArrayList<>();
        /** Every association object ever linked, so that snapshots cover them. */
        final List<Shipment> shipments = new ArrayList<>();

        World() {
            for (int i = 0; i < DEPOTS; i++) {
                depots.add(new Depot(i));
            }
            for (int i = 0; i < CRATES; i++) {
                crates.add(new Crate(i));
            }
        }

        Depot depot(int n) {
            return depots.get(n % DEPOTS);
        }

        Crate crate(int n) {
            return crates.get(n % CRATES);
        }

        /** Up to four crates, possibly repeated. */
        List<Crate> pick(int seed) {
            Random random = new Random(seed);
            List<Crate> picked = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                picked.add(crates.get(random.nextInt(CRATES)));
            }
            return picked;
        }

        /**
         * Takes the step with a fault armed at a random tick (or none): a step that threw changed
         * nothing; one that did not may have linked new shipments.
         */
        void step(Op op) {
            Runnable step = () -> STEP_KINDS.get(op.kind()).accept(this, op);
            switch (FaultedStep.takeUnmodelled(op, op.c() % 16, step, this::snapshot)) {
                case BROKEN -> FAILED_STEPS.incrementAndGet();
                case TAKEN -> collectShipments();
                default -> {
                }
            }
        }

        void collectShipments() {
            for (Depot depot : depots) {
                for (Shipment shipment : new ArrayList<>(depot.shipments)) {
                    if (!shipments.contains(shipment)) {
                        shipments.add(shipment);
                    }
                }
            }
        }

        /** Every field of every object, collections copied in their order. */
        List<Object> snapshot() {
            List<Object> all = new ArrayList<>();
            for (Depot d : depots) {
                all.add(new ArrayList<>(d.crates()));
                all.add(new ArrayList<>(d.yardCrates));
                all.add(new ArrayList<>(d.racked));
                all.add(new ArrayList<>(d.routes));
                all.add(new ArrayList<>(d.watched));
                all.add(d.keeper());
                all.add(new ArrayList<>(d.shipments));
            }
            for (Crate c : crates) {
                all.add(c.depot());
                all.add(c.slot());
                all.add(c.yard);
                all.add(c.rack);
                all.add(new ArrayList<>(c.depots));
                all.add(c.keeperOf());
                all.add(new ArrayList<>(c.shipments));
            }
            for (Shipment s : shipments) {
                all.add(s.depot);
                all.add(s.crate);
            }
            return all;
        }

        /** After every step: every invariant holds. */
        void checkInvariants(Op op) {
            try {
                Invariants.assertOneToMany("Depot.crates", depots, crates, Depot::crates, Crate::depot);
                Invariants.assertPositions("Crate.slot", depots, crates, Depot::crates, Crate::depot, Crate::slot);
                Invariants.assertOneToMany("Depot.yardCrates", depots, crates, d -> d.yardCrates, c -> c.yard);
                Invariants.assertOneToMany("Depot.racked", depots, crates, d -> d.racked, c -> c.rack);
                Invariants.assertManyToMany("Depot.routes", depots, crates, d -> d.routes, c -> c.depots);
                Invariants.assertEachOnce("Depot.watched", depots, d -> d.watched);
                Invariants.assertOneToOne("Depot.keeper", depots, crates, Depot::keeper, Crate::keeperOf);
                Invariants.assertAssociations("Shipment", depots, crates, shipments, d -> d.shipments, s -> s.depot,
                        c -> c.shipments, s -> s.crate);
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

    /** Whether bit {@code crate.id} of {@code bits} is set. */
    private static boolean bit(int bits, Crate crate) {
        return (bits >> crate.id & 1) == 1;
    }

    private static boolean bit(int bits, Depot depot) {
        return (bits >> depot.id & 1) == 1;
    }

    static {
        // one-to-many on a list, through private accessors
        kind((w, op) -> DepotRelations.addToCrates(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.removeFromCrates(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.setCrates(w.depot(op.a()), w.pick(op.b())));
        kind((w, op) -> CrateRelations.setDepot(w.crate(op.b()), op.a() % 4 == 3 ? null : w.depot(op.a())));
        kind((w, op) -> DepotRelations.crates(w.depot(op.a())).clear());
        kind((w, op) -> DepotRelations.crates(w.depot(op.a())).removeIf(c -> bit(op.b(), c)));
        kind((w, op) -> DepotRelations.crates(w.depot(op.a())).retainAll(w.pick(op.b())));
        kind((w, op) -> DepotRelations.crates(w.depot(op.a())).removeAll(w.pick(op.b())));
        kind((w, op) -> DepotRelations.crates(w.depot(op.a())).addAll(w.pick(op.b())));
        kind((w, op) -> listStep(DepotRelations.crates(w.depot(op.a())), w, op));
        // one-to-many on a set in insertion order
        kind((w, op) -> DepotRelations.yardCrates(w.depot(op.a())).add(w.crate(op.b())));
        kind((w, op) -> DepotRelations.removeFromYardCrates(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.setYardCrates(w.depot(op.a()), w.pick(op.b())));
        kind((w, op) -> CrateRelations.setYard(w.crate(op.b()), op.a() % 4 == 3 ? null : w.depot(op.a())));
        kind((w, op) -> crateStep(DepotRelations.yardCrates(w.depot(op.a())), w, op));
        // one-to-many on a sorted set whose comparator ticks
        kind((w, op) -> DepotRelations.addToRacked(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.racked(w.depot(op.a())).remove(w.crate(op.b())));
        kind((w, op) -> DepotRelations.setRacked(w.depot(op.a()), w.pick(op.b())));
        kind((w, op) -> crateStep(DepotRelations.racked(w.depot(op.a())), w, op));
        kind((w, op) -> DepotRelations.racked(w.depot(op.a())).pollFirst());
        kind((w, op) -> DepotRelations.racked(w.depot(op.a())).headSet(w.crate(op.b()), true).clear());
        kind((w, op) -> removeFirst(DepotRelations.racked(w.depot(op.a())).descendingIterator(), c -> bit(op.b(), c)));
        // many-to-many, a list with a set, from both ends
        kind((w, op) -> DepotRelations.addToRoutes(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> CrateRelations.addToDepots(w.crate(op.b()), w.depot(op.a())));
        kind((w, op) -> DepotRelations.removeFromRoutes(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> CrateRelations.depots(w.crate(op.b())).remove(w.depot(op.a())));
        kind((w, op) -> DepotRelations.setRoutes(w.depot(op.a()), w.pick(op.b())));
        kind((w, op) -> CrateRelations.setDepots(w.crate(op.b()), op.a() % 2 == 0 ? List.of() : w.depots));
        kind((w, op) -> listStep(DepotRelations.routes(w.depot(op.a())), w, op));
        kind((w, op) -> collectionStep(CrateRelations.depots(w.crate(op.b())), op, d -> bit(op.a(), d), w.depots, w.depot(op.a())));
        kind((w, op) -> CrateRelations.depots(w.crate(op.b())).clear());
        // one-way
        kind((w, op) -> DepotRelations.addToWatched(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.removeFromWatched(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.setWatched(w.depot(op.a()), w.pick(op.b())));
        kind((w, op) -> crateStep(DepotRelations.watched(w.depot(op.a())), w, op));
        // one-to-one through private accessors
        kind((w, op) -> DepotRelations.setKeeper(w.depot(op.a()), op.b() % 4 == 3 ? null : w.crate(op.b())));
        kind((w, op) -> CrateRelations.setKeeperOf(w.crate(op.b()), op.a() % 4 == 3 ? null : w.depot(op.a())));
        // the association object
        kind((w, op) -> ShipmentRelations.link(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> {
            // moves an association that may be linked already
            if (!w.shipments.isEmpty()) {
                Shipment s = w.shipments.get(op.c() % w.shipments.size());
                ShipmentRelations.link(w.depot(op.a()), w.crate(op.b()), s);
            }
        });
        kind((w, op) -> ShipmentRelations.unlink(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> {
            if (!w.shipments.isEmpty()) {
                ShipmentRelations.unlink(w.shipments.get(op.c() % w.shipments.size()));
            }
        });
        kind((w, op) -> DepotRelations.crateOfShipments(w.depot(op.a())).removeIf(c -> bit(op.b(), c)));
        kind((w, op) -> DepotRelations.crateOfShipments(w.depot(op.a())).clear());
        kind((w, op) -> CrateRelations.depotOfShipments(w.crate(op.b())).remove(w.depot(op.a())));
        kind((w, op) -> DepotRelations.setShipments(w.depot(op.a()), List.of()));
        // detaching an object from every relationship, all or nothing
        kind((w, op) -> DepotRelations.detach(w.depot(op.a())));
        kind((w, op) -> CrateRelations.detach(w.crate(op.b())));
        kind((w, op) -> {
            if (!w.shipments.isEmpty()) {
                ShipmentRelations.detach(w.shipments.get(op.c() % w.shipments.size()));
            }
        });
    }

    /** A bulk or iterator operation of a view of crates. */
    private static void crateStep(Collection<Crate> view, World w, Op op) {
        collectionStep(view, op, c -> bit(op.b(), c), w.pick(op.b()), w.crate(op.b()));
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
    private static void listStep(List<Crate> view, World w, Op op) {
        int size = view.size();
        int at = size == 0 ? 0 : op.b() % size;
        Crate crate = w.crate(op.b() / 7);
        switch (op.c() >> 4 & 15) {
            case 0 -> view.add(op.b() % (size + 1), crate);
            case 1 -> view.set(at, crate);
            case 2 -> view.remove(at);
            case 3 -> view.subList(at, size).clear();
            case 4 -> view.addAll(op.b() % (size + 1), w.pick(op.b()));
            case 5 -> view.sort(Comparator.comparingInt((Crate c) -> c.id).reversed());
            case 6 -> view.replaceAll(c -> w.crate(c.id + op.b()));
            case 7 -> {
                ListIterator<Crate> it = view.listIterator();
                for (int i = 0; i <= at && it.hasNext(); i++) {
                    it.next();
                }
                switch (op.b() % 3) {
                    case 0 -> it.remove();
                    case 1 -> it.set(crate);
                    default -> it.add(crate);
                }
            }
            case 8 -> view.subList(0, at).add(crate);
            case 9 -> Collections.swap(view, at, size - 1);
            case 10 -> view.subList(at, size).removeIf(c -> bit(op.c(), c));
            case 11 -> view.subList(0, at).retainAll(w.pick(op.c()));
            case 12 -> view.subList(at, size).sort(Comparator.comparingInt((Crate c) -> c.id).reversed());
            case 13 -> view.subList(0, at).replaceAll(c -> w.crate(c.id + op.c()));
            default -> crateStep(view, w, new Op(op.kind(), op.a(), op.b(), op.c() >> 3));
        }
    }
}

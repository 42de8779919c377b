package dev.relate.examples.runtime.property;

import static dev.relate.examples.runtime.property.FaultyWorld.bit;
import static dev.relate.examples.runtime.property.FaultyWorld.collectionStep;
import static dev.relate.examples.runtime.property.FaultyWorld.removeFirst;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * SPEC's all-or-nothing guarantee as a property: random operations through every kind of helper and
 * live view ({@link Depot} and {@link Crate}: one-to-many on a list with private accessors that keeps
 * each crate's position in a private field with accessors, on a set in insertion order and on a sorted
 * set; many-to-many; one-way; one-to-one with private accessors; an association object; detaching an
 * object from all of them) on collections, accessors, {@code equals}/{@code hashCode} and comparators
 * that throw at a random point of the step ({@link Faults}). After every step that threw, a snapshot of
 * every field of every object (collections in order) equals the one taken before; after every step,
 * every invariant holds. The world and the operations of live views are {@link FaultyWorld}'s.
 */
class FaultyOperationsPropertyTest {
    private static final FaultCounts COUNTS = new FaultCounts();

    @Provide
    Arbitrary<List<Op>> operations() {
        return Steps.of(STEP_KINDS.size(), 20, 60, Op::new);
    }

    @Property(tries = 400, seed = "1212202600000012", shrinking = ShrinkingMode.BOUNDED)
    void aStepThatThrowsChangesNothing(@ForAll("operations") List<Op> ops) {
        World world = new World();
        Steps.take(ops, world::step, world::checkInvariants, COUNTS::stepTaken);
    }

    @AfterContainer
    static void enoughStepsFailed() {
        COUNTS.assertEnough();
    }

    /** The depots, crates and shipments, and the steps on them. */
    static final class World extends FaultyWorld<Depot, Crate, Shipment> {
        World() {
            super(Depot::new, Crate::new, COUNTS);
        }

        Depot depot(int n) {
            return owner(n);
        }

        Crate crate(int n) {
            return member(n);
        }

        @Override
        void take(Op op) {
            STEP_KINDS.get(op.kind()).accept(this, op);
        }

        @Override
        int id(Crate crate) {
            return crate.id;
        }

        @Override
        Collection<Shipment> linksOf(Depot depot) {
            return depot.shipments;
        }

        @Override
        List<Object> snapshot() {
            List<Object> all = new ArrayList<>();
            for (Depot d : owners) {
                all.add(new ArrayList<>(d.crates()));
                all.add(new ArrayList<>(d.yardCrates));
                all.add(new ArrayList<>(d.racked));
                all.add(new ArrayList<>(d.routes));
                all.add(new ArrayList<>(d.watched));
                all.add(d.keeper());
                all.add(new ArrayList<>(d.shipments));
            }
            for (Crate c : members) {
                all.add(c.depot());
                all.add(c.slot());
                all.add(c.yard);
                all.add(c.rack);
                all.add(new ArrayList<>(c.depots));
                all.add(c.keeperOf());
                all.add(new ArrayList<>(c.shipments));
            }
            for (Shipment s : links) {
                all.add(s.depot);
                all.add(s.crate);
            }
            return all;
        }

        @Override
        void checkInvariants(Op op) {
            List<Depot> depots = owners;
            List<Crate> crates = members;
            try {
                Invariants.assertOneToMany("Depot.crates", depots, crates, Depot::crates, Crate::depot);
                Invariants.assertPositions("Crate.slot", depots, crates, Depot::crates, Crate::depot, Crate::slot);
                Invariants.assertOneToMany("Depot.yardCrates", depots, crates, d -> d.yardCrates, c -> c.yard);
                Invariants.assertOneToMany("Depot.racked", depots, crates, d -> d.racked, c -> c.rack);
                Invariants.assertManyToMany("Depot.routes", depots, crates, d -> d.routes, c -> c.depots);
                Invariants.assertEachOnce("Depot.watched", depots, d -> d.watched);
                Invariants.assertOneToOne("Depot.keeper", depots, crates, Depot::keeper, Crate::keeperOf);
                Invariants.assertAssociations("Shipment", depots, crates, links, d -> d.shipments, s -> s.depot,
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

    static {
        // one-to-many on a list, through private accessors
        kind((w, op) -> DepotRelations.addToCrates(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.removeFromCrates(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.setCrates(w.depot(op.a()), w.pick(op.b())));
        kind((w, op) -> CrateRelations.setDepot(w.crate(op.b()), op.a() % 4 == 3 ? null : w.depot(op.a())));
        kind((w, op) -> DepotRelations.crates(w.depot(op.a())).clear());
        kind((w, op) -> DepotRelations.crates(w.depot(op.a())).removeIf(c -> bit(op.b(), c.id)));
        kind((w, op) -> DepotRelations.crates(w.depot(op.a())).retainAll(w.pick(op.b())));
        kind((w, op) -> DepotRelations.crates(w.depot(op.a())).removeAll(w.pick(op.b())));
        kind((w, op) -> DepotRelations.crates(w.depot(op.a())).addAll(w.pick(op.b())));
        kind((w, op) -> w.listStep(DepotRelations.crates(w.depot(op.a())), op));
        // one-to-many on a set in insertion order
        kind((w, op) -> DepotRelations.yardCrates(w.depot(op.a())).add(w.crate(op.b())));
        kind((w, op) -> DepotRelations.removeFromYardCrates(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.setYardCrates(w.depot(op.a()), w.pick(op.b())));
        kind((w, op) -> CrateRelations.setYard(w.crate(op.b()), op.a() % 4 == 3 ? null : w.depot(op.a())));
        kind((w, op) -> w.memberStep(DepotRelations.yardCrates(w.depot(op.a())), op));
        // one-to-many on a sorted set whose comparator ticks
        kind((w, op) -> DepotRelations.addToRacked(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.racked(w.depot(op.a())).remove(w.crate(op.b())));
        kind((w, op) -> DepotRelations.setRacked(w.depot(op.a()), w.pick(op.b())));
        kind((w, op) -> w.memberStep(DepotRelations.racked(w.depot(op.a())), op));
        kind((w, op) -> DepotRelations.racked(w.depot(op.a())).pollFirst());
        kind((w, op) -> DepotRelations.racked(w.depot(op.a())).headSet(w.crate(op.b()), true).clear());
        kind((w, op) -> removeFirst(DepotRelations.racked(w.depot(op.a())).descendingIterator(),
                c -> bit(op.b(), c.id)));
        // many-to-many, a list with a set, from both ends
        kind((w, op) -> DepotRelations.addToRoutes(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> CrateRelations.addToDepots(w.crate(op.b()), w.depot(op.a())));
        kind((w, op) -> DepotRelations.removeFromRoutes(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> CrateRelations.depots(w.crate(op.b())).remove(w.depot(op.a())));
        kind((w, op) -> DepotRelations.setRoutes(w.depot(op.a()), w.pick(op.b())));
        kind((w, op) -> CrateRelations.setDepots(w.crate(op.b()), op.a() % 2 == 0 ? List.of() : w.owners));
        kind((w, op) -> w.listStep(DepotRelations.routes(w.depot(op.a())), op));
        kind((w, op) -> collectionStep(CrateRelations.depots(w.crate(op.b())), op, d -> bit(op.a(), d.id), w.owners,
                w.depot(op.a())));
        kind((w, op) -> CrateRelations.depots(w.crate(op.b())).clear());
        // one-way
        kind((w, op) -> DepotRelations.addToWatched(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.removeFromWatched(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> DepotRelations.setWatched(w.depot(op.a()), w.pick(op.b())));
        kind((w, op) -> w.memberStep(DepotRelations.watched(w.depot(op.a())), op));
        // one-to-one through private accessors
        kind((w, op) -> DepotRelations.setKeeper(w.depot(op.a()), op.b() % 4 == 3 ? null : w.crate(op.b())));
        kind((w, op) -> CrateRelations.setKeeperOf(w.crate(op.b()), op.a() % 4 == 3 ? null : w.depot(op.a())));
        // the association object
        kind((w, op) -> ShipmentRelations.link(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> {
            // moves an association that may be linked already
            if (!w.links.isEmpty()) {
                Shipment s = w.links.get(op.c() % w.links.size());
                ShipmentRelations.link(w.depot(op.a()), w.crate(op.b()), s);
            }
        });
        kind((w, op) -> ShipmentRelations.unlink(w.depot(op.a()), w.crate(op.b())));
        kind((w, op) -> {
            if (!w.links.isEmpty()) {
                ShipmentRelations.unlink(w.links.get(op.c() % w.links.size()));
            }
        });
        kind((w, op) -> DepotRelations.crateOfShipments(w.depot(op.a())).removeIf(c -> bit(op.b(), c.id)));
        kind((w, op) -> DepotRelations.crateOfShipments(w.depot(op.a())).clear());
        kind((w, op) -> CrateRelations.depotOfShipments(w.crate(op.b())).remove(w.depot(op.a())));
        kind((w, op) -> DepotRelations.setShipments(w.depot(op.a()), List.of()));
        // detaching an object from every relationship, all or nothing
        kind((w, op) -> DepotRelations.detach(w.depot(op.a())));
        kind((w, op) -> CrateRelations.detach(w.crate(op.b())));
        kind((w, op) -> {
            if (!w.links.isEmpty()) {
                ShipmentRelations.detach(w.links.get(op.c() % w.links.size()));
            }
        });
    }
}

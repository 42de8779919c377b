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
 * {@link FaultyOperationsPropertyTest} on a model where every end of every class has a validator and a
 * listener ({@link Observed}), so that every operation takes the paths of observed ends: one element
 * at a time, each step journaled, listeners run after the last. Collections, accessors,
 * {@code equals}/{@code hashCode}, comparators and validators throw at a random point of a step; a
 * step that threw changed no field and no listener heard it.
 */
class ObservedFaultyOperationsPropertyTest {
    private static final FaultCounts COUNTS = new FaultCounts();

    @Provide
    Arbitrary<List<Op>> operations() {
        return Steps.of(STEP_KINDS.size(), 20, 60, Op::new);
    }

    @Property(tries = 400, seed = "1212202600000091", shrinking = ShrinkingMode.BOUNDED)
    void aStepThatThrowsChangesNothing(@ForAll("operations") List<Op> ops) {
        World world = new World();
        Steps.take(ops, world::step, world::checkInvariants, COUNTS::stepTaken);
    }

    @AfterContainer
    static void enoughStepsFailed() {
        COUNTS.assertEnough();
    }

    /** The quays, bales and consignments, and the steps on them. */
    static final class World extends FaultyWorld<Quay, Bale, Consignment> {
        World() {
            super(Quay::new, Bale::new, COUNTS);
        }

        Quay quay(int n) {
            return owner(n);
        }

        Bale bale(int n) {
            return member(n);
        }

        @Override
        void take(Op op) {
            STEP_KINDS.get(op.kind()).accept(this, op);
        }

        @Override
        int id(Bale bale) {
            return bale.id;
        }

        @Override
        Collection<Consignment> linksOf(Quay quay) {
            return quay.consignments;
        }

        @Override
        List<Object> snapshot() {
            List<Object> all = new ArrayList<>();
            all.add(Observed.heard());
            for (Quay d : owners) {
                all.add(new ArrayList<>(d.bales()));
                all.add(new ArrayList<>(d.yardBales));
                all.add(new ArrayList<>(d.racked));
                all.add(new ArrayList<>(d.routes));
                all.add(new ArrayList<>(d.watched));
                all.add(d.keeper());
                all.add(new ArrayList<>(d.consignments));
            }
            for (Bale c : members) {
                all.add(c.quay());
                all.add(c.slot());
                all.add(c.yard);
                all.add(c.rack);
                all.add(new ArrayList<>(c.quays));
                all.add(c.keeperOf());
                all.add(new ArrayList<>(c.consignments));
            }
            for (Consignment s : links) {
                all.add(s.quay);
                all.add(s.bale);
            }
            return all;
        }

        @Override
        void checkInvariants(Op op) {
            List<Quay> quays = owners;
            List<Bale> bales = members;
            try {
                Invariants.assertOneToMany("Quay.bales", quays, bales, Quay::bales, Bale::quay);
                Invariants.assertPositions("Bale.slot", quays, bales, Quay::bales, Bale::quay, Bale::slot);
                Invariants.assertOneToMany("Quay.yardBales", quays, bales, d -> d.yardBales, c -> c.yard);
                Invariants.assertOneToMany("Quay.racked", quays, bales, d -> d.racked, c -> c.rack);
                Invariants.assertManyToMany("Quay.routes", quays, bales, d -> d.routes, c -> c.quays);
                Invariants.assertEachOnce("Quay.watched", quays, d -> d.watched);
                Invariants.assertOneToOne("Quay.keeper", quays, bales, Quay::keeper, Bale::keeperOf);
                Invariants.assertAssociations("Consignment", quays, bales, links, d -> d.consignments, s -> s.quay,
                        c -> c.consignments, s -> s.bale);
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
        kind((w, op) -> QuayRelations.addToBales(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.removeFromBales(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.setBales(w.quay(op.a()), w.pick(op.b())));
        kind((w, op) -> BaleRelations.setQuay(w.bale(op.b()), op.a() % 4 == 3 ? null : w.quay(op.a())));
        kind((w, op) -> QuayRelations.bales(w.quay(op.a())).clear());
        kind((w, op) -> QuayRelations.bales(w.quay(op.a())).removeIf(c -> bit(op.b(), c.id)));
        kind((w, op) -> QuayRelations.bales(w.quay(op.a())).retainAll(w.pick(op.b())));
        kind((w, op) -> QuayRelations.bales(w.quay(op.a())).removeAll(w.pick(op.b())));
        kind((w, op) -> QuayRelations.bales(w.quay(op.a())).addAll(w.pick(op.b())));
        kind((w, op) -> w.listStep(QuayRelations.bales(w.quay(op.a())), op));
        // one-to-many on a set in insertion order
        kind((w, op) -> QuayRelations.yardBales(w.quay(op.a())).add(w.bale(op.b())));
        kind((w, op) -> QuayRelations.removeFromYardBales(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.setYardBales(w.quay(op.a()), w.pick(op.b())));
        kind((w, op) -> BaleRelations.setYard(w.bale(op.b()), op.a() % 4 == 3 ? null : w.quay(op.a())));
        kind((w, op) -> w.memberStep(QuayRelations.yardBales(w.quay(op.a())), op));
        // one-to-many on a sorted set whose comparator ticks
        kind((w, op) -> QuayRelations.addToRacked(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.racked(w.quay(op.a())).remove(w.bale(op.b())));
        kind((w, op) -> QuayRelations.setRacked(w.quay(op.a()), w.pick(op.b())));
        kind((w, op) -> w.memberStep(QuayRelations.racked(w.quay(op.a())), op));
        kind((w, op) -> QuayRelations.racked(w.quay(op.a())).pollFirst());
        kind((w, op) -> QuayRelations.racked(w.quay(op.a())).headSet(w.bale(op.b()), true).clear());
        kind((w, op) -> removeFirst(QuayRelations.racked(w.quay(op.a())).descendingIterator(),
                c -> bit(op.b(), c.id)));
        // many-to-many, a list with a set, from both ends
        kind((w, op) -> QuayRelations.addToRoutes(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> BaleRelations.addToQuays(w.bale(op.b()), w.quay(op.a())));
        kind((w, op) -> QuayRelations.removeFromRoutes(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> BaleRelations.quays(w.bale(op.b())).remove(w.quay(op.a())));
        kind((w, op) -> QuayRelations.setRoutes(w.quay(op.a()), w.pick(op.b())));
        kind((w, op) -> BaleRelations.setQuays(w.bale(op.b()), op.a() % 2 == 0 ? List.of() : w.owners));
        kind((w, op) -> w.listStep(QuayRelations.routes(w.quay(op.a())), op));
        kind((w, op) -> collectionStep(BaleRelations.quays(w.bale(op.b())), op, d -> bit(op.a(), d.id), w.owners,
                w.quay(op.a())));
        kind((w, op) -> BaleRelations.quays(w.bale(op.b())).clear());
        // one-way
        kind((w, op) -> QuayRelations.addToWatched(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.removeFromWatched(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> QuayRelations.setWatched(w.quay(op.a()), w.pick(op.b())));
        kind((w, op) -> w.memberStep(QuayRelations.watched(w.quay(op.a())), op));
        // one-to-one through private accessors
        kind((w, op) -> QuayRelations.setKeeper(w.quay(op.a()), op.b() % 4 == 3 ? null : w.bale(op.b())));
        kind((w, op) -> BaleRelations.setKeeperOf(w.bale(op.b()), op.a() % 4 == 3 ? null : w.quay(op.a())));
        // the association object
        kind((w, op) -> ConsignmentRelations.link(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> {
            // moves an association that may be linked already
            if (!w.links.isEmpty()) {
                Consignment s = w.links.get(op.c() % w.links.size());
                ConsignmentRelations.link(w.quay(op.a()), w.bale(op.b()), s);
            }
        });
        kind((w, op) -> ConsignmentRelations.unlink(w.quay(op.a()), w.bale(op.b())));
        kind((w, op) -> {
            if (!w.links.isEmpty()) {
                ConsignmentRelations.unlink(w.links.get(op.c() % w.links.size()));
            }
        });
        kind((w, op) -> QuayRelations.baleOfConsignments(w.quay(op.a())).removeIf(c -> bit(op.b(), c.id)));
        kind((w, op) -> QuayRelations.baleOfConsignments(w.quay(op.a())).clear());
        kind((w, op) -> BaleRelations.quayOfConsignments(w.bale(op.b())).remove(w.quay(op.a())));
        kind((w, op) -> QuayRelations.setConsignments(w.quay(op.a()), List.of()));
        // detaching an object from every relationship, all or nothing
        kind((w, op) -> QuayRelations.detach(w.quay(op.a())));
        kind((w, op) -> BaleRelations.detach(w.bale(op.b())));
        kind((w, op) -> {
            if (!w.links.isEmpty()) {
                ConsignmentRelations.detach(w.links.get(op.c() % w.links.size()));
            }
        });
    }
}

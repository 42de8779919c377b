package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.examples.runtime.property.FaultyOperationsPropertyTest.World;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * {@code detach(x)} as a property, on {@link FaultyOperationsPropertyTest}'s model (every kind of
 * end, an association object): after random operations, detaching a depot, a crate or a shipment
 * leaves it in no collection and no end pointing at it (but a one-way end of another object, which
 * nothing points back from: {@code Depot.watched}), unlinks the associations of a depot or crate
 * from both their sides, and leaves every other link as it was, in its order.
 */
class DetachPropertyTest {
    private static final AtomicLong LINKS_REMOVED = new AtomicLong();

    @Provide
    Arbitrary<List<Op>> operations() {
        return new FaultyOperationsPropertyTest().operations();
    }

    @Provide
    Arbitrary<Integer> objects() {
        return Arbitraries.integers().between(0, 1023);
    }

    @Property(tries = 300, seed = "1212202600000031", shrinking = ShrinkingMode.BOUNDED)
    void detachUnlinksTheObjectAndNothingElse(@ForAll("operations") List<Op> ops, @ForAll("objects") int which) {
        World world = new World();
        for (Op op : ops) {
            world.step(op);
        }
        world.collectLinks();
        Object detached;
        List<Object> alsoGone = new ArrayList<>();
        int kind = which % 3;
        if (kind == 2 && !world.links.isEmpty()) {
            Shipment shipment = world.links.get(which / 3 % world.links.size());
            detached = shipment;
            List<Link> before = links(world);
            ShipmentRelations.detach(shipment);
            check(world, detached, alsoGone, before);
            return;
        }
        if (kind == 0) {
            Depot depot = world.depot(which / 3);
            detached = depot;
            alsoGone.addAll(depot.shipments);
            List<Link> before = links(world);
            DepotRelations.detach(depot);
            check(world, detached, alsoGone, before);
        } else {
            Crate crate = world.crate(which / 3);
            detached = crate;
            alsoGone.addAll(crate.shipments);
            List<Link> before = links(world);
            CrateRelations.detach(crate);
            check(world, detached, alsoGone, before);
        }
    }

    @AfterContainer
    static void detachingRemovedLinks() {
        assertWithMessage("links that detaching removed").that(LINKS_REMOVED.get()).isAtLeast(500L);
    }

    private static void check(World world, Object detached, List<Object> alsoGone, List<Link> before) {
        List<Link> expected = new ArrayList<>();
        for (Link link : before) {
            if (link.oneWayAt(detached) || !link.involves(detached) && !involvesAny(link, alsoGone)) {
                expected.add(link);
            }
        }
        List<Link> after = links(world);
        LINKS_REMOVED.addAndGet(before.size() - after.size());
        for (Link link : after) {
            assertWithMessage("a link left after detaching %s: %s", detached, link)
                    .that(link.involves(detached) && !link.oneWayAt(detached)).isFalse();
        }
        assertWithMessage("every other link, in its order, after detaching %s", detached)
                .that(after).containsExactlyElementsIn(expected).inOrder();
    }

    private static boolean involvesAny(Link link, List<Object> objects) {
        for (Object object : objects) {
            if (link.involves(object)) {
                return true;
            }
        }
        return false;
    }

    /** One field of {@code holder} holding {@code target} (a collection field gives one link per element). */
    record Link(Object holder, String field, Object target) {
        boolean involves(Object object) {
            return holder == object || target == object;
        }

        /** Whether it is a one-way end of another object pointing at {@code object}, which detaching cannot find. */
        boolean oneWayAt(Object object) {
            return field.equals("watched") && target == object && holder != object;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Link other && holder == other.holder && field.equals(other.field)
                    && target == other.target;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(holder) * 31 + field.hashCode();
        }
    }

    /** Every link of every object of the world, each collection in its order. */
    private static List<Link> links(World world) {
        List<Link> links = new ArrayList<>();
        for (Depot d : world.owners) {
            add(links, d, "crates", d.crates());
            add(links, d, "yardCrates", d.yardCrates);
            add(links, d, "racked", d.racked);
            add(links, d, "routes", d.routes);
            add(links, d, "watched", d.watched);
            add(links, d, "keeper", d.keeper());
            add(links, d, "shipments", d.shipments);
        }
        for (Crate c : world.members) {
            add(links, c, "depot", c.depot());
            add(links, c, "yard", c.yard);
            add(links, c, "rack", c.rack);
            add(links, c, "depots", c.depots);
            add(links, c, "keeperOf", c.keeperOf());
            add(links, c, "shipments", c.shipments);
        }
        for (Shipment s : world.links) {
            add(links, s, "depot", s.depot);
            add(links, s, "crate", s.crate);
        }
        return links;
    }

    private static void add(List<Link> links, Object holder, String field, Object value) {
        if (value instanceof Collection<?> collection) {
            for (Object element : new ArrayList<>(collection)) {
                links.add(new Link(holder, field, element));
            }
        } else if (value != null) {
            links.add(new Link(holder, field, value));
        }
    }
}

package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The owner side of {@link FaultyOperationsPropertyTest}'s model: each kind of collection end, on
 * collections, accessors and a comparator that throw when {@link Faults} says so.
 */
class Depot {
    final int id;

    /** One-to-many through private accessors that tick, keeping each crate's slot. */
    @OneToManyRel(backPopulates = "depot", position = "slot")
    private List<Crate> crates = new FaultyList<>();

    /** One-to-many, a set in insertion order. */
    @OneToManyRel(backPopulates = "yard")
    Set<Crate> yardCrates = new FaultySet<>();

    /** One-to-many, sorted by a comparator that ticks. */
    @OneToManyRel(backPopulates = "rack")
    NavigableSet<Crate> racked = new TreeSet<>(Faults.comparing((Crate c) -> c.id));

    /** Many-to-many, a list, with {@code Crate.depots}, a set. */
    @ManyToManyRel(secondary = "fault_route", backPopulates = "depots")
    List<Crate> routes = new FaultyList<>();

    /** One-way. */
    @OneToManyRel
    Set<Crate> watched = new FaultySet<>();

    /** One-to-one, spelled {@code @OneToOneRel}, through private accessors that tick. */
    @OneToOneRel(mappedBy = "keeperOf")
    private Crate keeper;

    @OneToManyRel(backPopulates = "depot")
    List<Shipment> shipments = new FaultyList<>();

    Depot(int id) {
        this.id = id;
    }

    List<Crate> getCrates() {
        Faults.tick();
        return crates;
    }

    void setCrates(List<Crate> crates) {
        Faults.tick();
        this.crates = crates;
    }

    Crate getKeeper() {
        Faults.tick();
        return keeper;
    }

    void setKeeper(Crate keeper) {
        Faults.tick();
        this.keeper = keeper;
    }

    /** The private fields themselves, for the test's snapshots. */
    List<Crate> crates() {
        return crates;
    }

    Crate keeper() {
        return keeper;
    }

    @Override
    public String toString() {
        return "Depot" + id;
    }
}

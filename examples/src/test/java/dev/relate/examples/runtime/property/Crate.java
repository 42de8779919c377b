package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;
import java.util.Set;

/**
 * The element side of {@link FaultyOperationsPropertyTest}'s model. Its {@code equals} and
 * {@code hashCode} tick {@link Faults} (and compare by identity, so links stay by identity).
 */
class Crate {
    final int id;

    @ManyToOneRel(backPopulates = "crates")
    private Depot depot;

    /** Its index in its depot's crates, kept by relate through accessors that tick. */
    private int slot = -1;

    @ManyToOneRel(backPopulates = "yardCrates")
    Depot yard;

    @ManyToOneRel(backPopulates = "racked")
    Depot rack;

    @ManyToManyRel(secondary = "fault_route", backPopulates = "routes")
    Set<Depot> depots = new FaultySet<>();

    @OneToOneRel(backPopulates = "keeper")
    private Depot keeperOf;

    @OneToManyRel(backPopulates = "crate")
    Set<Shipment> shipments = new FaultySet<>();

    Crate(int id) {
        this.id = id;
    }

    Depot getDepot() {
        Faults.tick();
        return depot;
    }

    void setDepot(Depot depot) {
        Faults.tick();
        this.depot = depot;
    }

    Depot getKeeperOf() {
        Faults.tick();
        return keeperOf;
    }

    void setKeeperOf(Depot keeperOf) {
        Faults.tick();
        this.keeperOf = keeperOf;
    }

    Depot depot() {
        return depot;
    }

    int getSlot() {
        Faults.tick();
        return slot;
    }

    void setSlot(int slot) {
        Faults.tick();
        this.slot = slot;
    }

    int slot() {
        return slot;
    }

    Depot keeperOf() {
        return keeperOf;
    }

    @Override
    public boolean equals(Object o) {
        Faults.tick();
        return this == o;
    }

    @Override
    public int hashCode() {
        Faults.tick();
        return id;
    }

    @Override
    public String toString() {
        return "Crate" + id;
    }
}

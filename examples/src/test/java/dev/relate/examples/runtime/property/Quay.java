package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;
import dev.relate.Validates;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The owner side of {@link ObservedFaultyOperationsPropertyTest}'s model: each kind of collection end, on
 * collections, accessors and a comparator that throw when {@link Faults} says so.
 */
class Quay {
    final int id;

    /** One-to-many through private accessors that tick, keeping each bale's slot. */
    @OneToManyRel(backPopulates = "quay", position = "slot")
    private List<Bale> bales = new FaultyList<>();

    /** One-to-many, a set in insertion order. */
    @OneToManyRel(backPopulates = "yard")
    Set<Bale> yardBales = new FaultySet<>();

    /** One-to-many, sorted by a comparator that ticks. */
    @OneToManyRel(backPopulates = "rack")
    NavigableSet<Bale> racked = new TreeSet<>(Faults.comparing((Bale c) -> c.id));

    /** Many-to-many, a list, with {@code Bale.quays}, a set. */
    @ManyToManyRel(secondary = "observed_route", backPopulates = "quays")
    List<Bale> routes = new FaultyList<>();

    /** One-way. */
    @OneToManyRel
    Set<Bale> watched = new FaultySet<>();

    /** One-to-one, spelled {@code @OneToOneRel}, through private accessors that tick. */
    @OneToOneRel(mappedBy = "keeperOf")
    private Bale keeper;

    @OneToManyRel(backPopulates = "quay")
    List<Consignment> consignments = new FaultyList<>();

    Quay(int id) {
        this.id = id;
    }

    List<Bale> getBales() {
        Faults.tick();
        return bales;
    }

    void setBales(List<Bale> bales) {
        Faults.tick();
        this.bales = bales;
    }

    Bale getKeeper() {
        Faults.tick();
        return keeper;
    }

    void setKeeper(Bale keeper) {
        Faults.tick();
        this.keeper = keeper;
    }

    /** The private fields themselves, for the test's snapshots. */
    List<Bale> bales() {
        return bales;
    }

    Bale keeper() {
        return keeper;
    }

    @Validates("bales")
    void checkBales(Bale other, boolean linking) {
        Observed.validate();
    }

    @OnChange("bales")
    void heardBales(Bale other, boolean linked) {
        Observed.hear(this, "bales", other, linked);
    }

    @Validates("yardBales")
    void checkYardBales(Bale other, boolean linking) {
        Observed.validate();
    }

    @OnChange("yardBales")
    void heardYardBales(Bale other, boolean linked) {
        Observed.hear(this, "yardBales", other, linked);
    }

    @Validates("racked")
    void checkRacked(Bale other, boolean linking) {
        Observed.validate();
    }

    @OnChange("racked")
    void heardRacked(Bale other, boolean linked) {
        Observed.hear(this, "racked", other, linked);
    }

    @Validates("routes")
    void checkRoutes(Bale other, boolean linking) {
        Observed.validate();
    }

    @OnChange("routes")
    void heardRoutes(Bale other, boolean linked) {
        Observed.hear(this, "routes", other, linked);
    }

    @Validates("watched")
    void checkWatched(Bale other, boolean linking) {
        Observed.validate();
    }

    @OnChange("watched")
    void heardWatched(Bale other, boolean linked) {
        Observed.hear(this, "watched", other, linked);
    }

    @Validates("keeper")
    void checkKeeper(Bale other, boolean linking) {
        Observed.validate();
    }

    @OnChange("keeper")
    void heardKeeper(Bale other, boolean linked) {
        Observed.hear(this, "keeper", other, linked);
    }

    @Validates("consignments")
    void checkConsignments(Consignment other, boolean linking) {
        Observed.validate();
    }

    @OnChange("consignments")
    void heardConsignments(Consignment other, boolean linked) {
        Observed.hear(this, "consignments", other, linked);
    }

    @Override
    public String toString() {
        return "Quay" + id;
    }
}

package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;
import dev.relate.Validates;
import java.util.Set;

/**
 * The element side of {@link ObservedFaultyOperationsPropertyTest}'s model. Its {@code equals} and
 * {@code hashCode} tick {@link Faults} (and compare by identity, so links stay by identity).
 */
class Bale {
    final int id;

    @ManyToOneRel(backPopulates = "bales")
    private Quay quay;

    /** Its index in its quay's bales, kept by relate through accessors that tick. */
    private int slot = -1;

    @ManyToOneRel(backPopulates = "yardBales")
    Quay yard;

    @ManyToOneRel(backPopulates = "racked")
    Quay rack;

    @ManyToManyRel(secondary = "observed_route", backPopulates = "routes")
    Set<Quay> quays = new FaultySet<>();

    @OneToOneRel(backPopulates = "keeper")
    private Quay keeperOf;

    @OneToManyRel(backPopulates = "bale")
    Set<Consignment> consignments = new FaultySet<>();

    Bale(int id) {
        this.id = id;
    }

    Quay getQuay() {
        Faults.tick();
        return quay;
    }

    void setQuay(Quay quay) {
        Faults.tick();
        this.quay = quay;
    }

    Quay getKeeperOf() {
        Faults.tick();
        return keeperOf;
    }

    void setKeeperOf(Quay keeperOf) {
        Faults.tick();
        this.keeperOf = keeperOf;
    }

    Quay quay() {
        return quay;
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

    Quay keeperOf() {
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

    @Validates("quay")
    void checkQuay(Quay other, boolean linking) {
        Observed.validate();
    }

    @OnChange("quay")
    void heardQuay(Quay other, boolean linked) {
        Observed.hear(this, "quay", other, linked);
    }

    @Validates("yard")
    void checkYard(Quay other, boolean linking) {
        Observed.validate();
    }

    @OnChange("yard")
    void heardYard(Quay other, boolean linked) {
        Observed.hear(this, "yard", other, linked);
    }

    @Validates("rack")
    void checkRack(Quay other, boolean linking) {
        Observed.validate();
    }

    @OnChange("rack")
    void heardRack(Quay other, boolean linked) {
        Observed.hear(this, "rack", other, linked);
    }

    @Validates("quays")
    void checkQuays(Quay other, boolean linking) {
        Observed.validate();
    }

    @OnChange("quays")
    void heardQuays(Quay other, boolean linked) {
        Observed.hear(this, "quays", other, linked);
    }

    @Validates("keeperOf")
    void checkKeeperOf(Quay other, boolean linking) {
        Observed.validate();
    }

    @OnChange("keeperOf")
    void heardKeeperOf(Quay other, boolean linked) {
        Observed.hear(this, "keeperOf", other, linked);
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
        return "Bale" + id;
    }
}

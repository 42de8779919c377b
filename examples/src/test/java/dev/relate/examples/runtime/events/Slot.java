package dev.relate.examples.runtime.events;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An act's slot on a stage: an association object whose left end ({@code stage}) has a validator
 * and a listener of its own, and whose right end ({@code act}) has none. Its {@code rank} is its
 * index in the stage's list, saved in {@code ev_slots} with its {@code note}.
 */
@AssociationObject(table = "ev_slots")
class Slot {
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** The recorder of the slots the helpers create, which have no constructor argument. */
    static Recorder recorder = new Recorder();

    final transient String name = "x" + COUNT.incrementAndGet();
    final transient Recorder log;

    @ManyToOneRel(backPopulates = "slots")
    Stage stage;

    @ManyToOneRel(backPopulates = "slots")
    Act act;

    int rank = -1;

    String note;

    Slot() {
        this.log = recorder;
    }

    @Validates("stage")
    void checkStage(Stage other, boolean linking) {
        log.validate(this, other, linking);
    }

    @OnChange("stage")
    void stageChanged(Stage other, boolean linked) {
        log.changed(this, other, linked, (stage == other) == linked && other.slots.contains(this) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}

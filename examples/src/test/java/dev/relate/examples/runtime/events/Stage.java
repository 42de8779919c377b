package dev.relate.examples.runtime.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/**
 * The left class of the association {@link Slot}: a list of associations that keeps each slot's
 * {@code rank}, with a validator and a listener. Saved in the table {@code ev_slots}.
 */
class Stage {
    final long id;
    final Recorder recorder;
    @OneToManyRel(backPopulates = "stage", position = "rank")
    List<Slot> slots = new ArrayList<>();

    Stage(long id, Recorder recorder) {
        this.id = id;
        this.recorder = recorder;
    }

    @Validates("slots")
    void checkSlot(Slot slot, boolean linking) {
        recorder.validate(this, slot, linking);
    }

    @OnChange("slots")
    void slotsChanged(Slot slot, boolean linked) {
        boolean held = false;
        for (Slot each : slots) {
            held |= each == slot;
        }
        recorder.changed(this, slot, linked, held == linked && (slot.stage == this) == linked);
    }

    @Override
    public String toString() {
        return "S" + id;
    }
}

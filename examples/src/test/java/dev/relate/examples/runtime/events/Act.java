package dev.relate.examples.runtime.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.LinkedHashSet;
import java.util.Set;

/** The right class of the association {@link Slot}: a set of associations, with a validator and a listener. */
class Act {
    final long id;
    final Recorder recorder;
    @OneToManyRel(backPopulates = "act")
    Set<Slot> slots = new LinkedHashSet<>();

    Act(long id, Recorder recorder) {
        this.id = id;
        this.recorder = recorder;
    }

    @Validates("slots")
    void checkSlot(Slot slot, boolean linking) {
        recorder.validate(this, slot, linking);
    }

    @OnChange("slots")
    void slotsChanged(Slot slot, boolean linked) {
        recorder.changed(this, slot, linked, slots.contains(slot) == linked && (slot.act == this) == linked);
    }

    @Override
    public String toString() {
        return "a" + id;
    }
}

package dev.relate.examples.runtime.events;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/**
 * A many-to-many end stored in the table {@code ev_staff}, with a validator and a listener; the
 * other end, {@code Scientist.labs}, has a listener. A {@code String} id, no table of its own.
 */
class Lab {
    final String id;
    final Recorder recorder;
    @ManyToManyRel(secondary = "ev_staff", backPopulates = "labs")
    List<Scientist> staff = new ArrayList<>();

    Lab(String id, Recorder recorder) {
        this.id = id;
        this.recorder = recorder;
    }

    @Validates("staff")
    void checkScientist(Scientist scientist, boolean linking) {
        recorder.validate(this, scientist, linking);
    }

    @OnChange("staff")
    void staffChanged(Scientist scientist, boolean linked) {
        recorder.changed(this, scientist, linked,
                staff.contains(scientist) == linked && scientist.labs.contains(this) == linked);
    }

    @Override
    public String toString() {
        return id;
    }
}

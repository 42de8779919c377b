package dev.relate.examples.runtime.events;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import java.util.LinkedHashSet;
import java.util.Set;

/** The other end of {@code Lab.staff}, listened to. A {@code String} id, no table of its own. */
class Scientist {
    final String id;
    final Recorder recorder;
    @ManyToManyRel(backPopulates = "staff")
    Set<Lab> labs = new LinkedHashSet<>();

    Scientist(String id, Recorder recorder) {
        this.id = id;
        this.recorder = recorder;
    }

    @OnChange("labs")
    void labsChanged(Lab lab, boolean linked) {
        recorder.changed(this, lab, linked, labs.contains(lab) == linked && lab.staff.contains(this) == linked);
    }

    @Override
    public String toString() {
        return id;
    }
}

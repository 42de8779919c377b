package dev.relate.examples.runtime.events;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.Validates;

class Recruit {
    final String name;
    final Recorder recorder;
    @ManyToOneRel(backPopulates = "recruits")
    Squad squad;

    Recruit(String name, Recorder recorder) {
        this.name = name;
        this.recorder = recorder;
    }

    @Validates("squad")
    void checkSquad(Squad other, boolean linking) {
        recorder.validate(this, other, linking);
    }

    @OnChange("squad")
    void squadChanged(Squad other, boolean linked) {
        recorder.changed(this, other, linked, (squad == other) == linked
                && other.recruits.contains(this) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}

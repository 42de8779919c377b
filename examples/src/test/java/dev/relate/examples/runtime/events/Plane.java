package dev.relate.examples.runtime.events;

import dev.relate.OnChange;
import dev.relate.OneToOneRel;
import dev.relate.Validates;

/** The other end of {@code Pilot.plane}, validated and listened to as well. */
class Plane {
    final String name;
    final Recorder recorder;
    @OneToOneRel(backPopulates = "plane")
    Pilot pilot;

    Plane(String name, Recorder recorder) {
        this.name = name;
        this.recorder = recorder;
    }

    @Validates("pilot")
    void checkPilot(Pilot other, boolean linking) {
        recorder.validate(this, other, linking);
    }

    @OnChange("pilot")
    void pilotChanged(Pilot other, boolean linked) {
        recorder.changed(this, other, linked, (pilot == other) == linked && (other.plane == this) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}

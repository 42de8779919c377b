package dev.relate.examples.runtime.events;

import dev.relate.OnChange;
import dev.relate.OneToOneRel;
import dev.relate.Validates;

/** A one-to-one end with a validator and a listener; its other end, {@code Plane.pilot}, has both too. */
class Pilot {
    final String name;
    final Recorder recorder;
    @OneToOneRel(mappedBy = "pilot")
    Plane plane;

    Pilot(String name, Recorder recorder) {
        this.name = name;
        this.recorder = recorder;
    }

    @Validates("plane")
    void checkPlane(Plane other, boolean linking) {
        recorder.validate(this, other, linking);
    }

    @OnChange("plane")
    void planeChanged(Plane other, boolean linked) {
        recorder.changed(this, other, linked, (plane == other) == linked && (other.pilot == this) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.relate.examples.runtime.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** A set end with a listener and no validator: the fast paths of a hash set, with listeners. */
class Hive {
    final String name;
    final Recorder recorder;
    @OneToManyRel(backPopulates = "hive")
    Set<Bee> bees = new LinkedHashSet<>();

    Hive(String name, Recorder recorder) {
        this.name = name;
        this.recorder = recorder;
    }

    @OnChange("bees")
    void beesChanged(Bee bee, boolean linked) {
        recorder.changed(this, bee, linked, bees.contains(bee) == linked && (bee.hive == this) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}

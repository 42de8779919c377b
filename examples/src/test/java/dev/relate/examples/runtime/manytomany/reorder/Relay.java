package dev.relate.examples.runtime.manytomany.reorder;

import dev.relate.ManyToManyRel;
import java.util.List;

/** {@link Lineup} on a list that is no {@code RandomAccess}: ordering walks it with a list iterator. */
class Relay {
    final int id;

    @ManyToManyRel(secondary = "ro_relay_runner", backref = "relays", orderColumn = "runner_position")
    List<Runner> runners = new SettingLinkedList<>();

    Relay(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Relay#" + id;
    }
}

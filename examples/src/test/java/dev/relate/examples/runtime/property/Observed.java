package dev.relate.examples.runtime.property;

import java.util.ArrayList;
import java.util.List;

/**
 * What the validators and listeners of {@link ObservedFaultyOperationsPropertyTest}'s model do: a
 * validator ticks {@link Faults} (so that it refuses at a random point of a step), a listener writes
 * what it heard to {@link #heard}, which a step that threw must leave as it was.
 */
final class Observed {
    private static final List<String> HEARD = new ArrayList<>();

    private Observed() {
    }

    static void validate() {
        Faults.tick();
    }

    static void hear(Object owner, String end, Object other, boolean linked) {
        HEARD.add(owner + "." + end + (linked ? " +" : " -") + other);
    }

    /** How many changes the listeners heard so far. */
    static int heard() {
        return HEARD.size();
    }
}

package dev.relate.benchmarks.events;

import dev.relate.ManyToManyRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-to-many, a many-to-many ({@code guests}) and a one-to-one ({@code captain}) whose classes
 * declare no validator and no listener: what every relationship costs.
 * {@link #addByHand} and {@link #removeByHand} are the hand-written helpers that call a listener,
 * {@link #sailorsChanged}, the baseline of the listened ends.
 */
public class Crew {
    @OneToManyRel(backPopulates = "crew")
    List<Sailor> sailors = new ArrayList<>();
    @ManyToManyRel(backPopulates = "visited")
    List<Sailor> guests = new ArrayList<>();
    @OneToManyRel(backPopulates = "captainOf", uselist = false)
    Sailor captain;

    /** A map-keyed one-to-many: the sailors by their bunk. */
    @OneToManyRel(backPopulates = "berth", key = "bunk")
    Map<Integer, Sailor> bunks = new HashMap<>();

    /** The association objects of {@link Shift}. */
    @OneToManyRel(backPopulates = "crew")
    List<Shift> shifts = new ArrayList<>();

    /** A one-way collection: the sailors on watch, who do not know it. */
    @OneToManyRel
    List<Sailor> watch = new ArrayList<>();
    int changes;

    void sailorsChanged(Sailor sailor, boolean linked) {
        changes++;
    }

    public void addByHand(Sailor sailor) {
        if (sailor.crew == this) {
            return;
        }
        if (sailor.crew != null) {
            sailor.crew.removeByHand(sailor);
        }
        sailors.add(sailor);
        sailor.crew = this;
        sailorsChanged(sailor, true);
    }

    public void removeByHand(Sailor sailor) {
        if (sailor.crew != this) {
            return;
        }
        sailors.remove(sailor);
        sailor.crew = null;
        sailorsChanged(sailor, false);
    }
}

package dev.relate.benchmarks.events;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Sailor {
    @ManyToOneRel(backPopulates = "sailors")
    Crew crew;
    @ManyToManyRel(backPopulates = "guests")
    List<Crew> visited = new ArrayList<>();
    @ManyToOneRel(backPopulates = "captain")
    Crew captainOf;

    @ManyToOneRel(backPopulates = "bunks")
    Crew berth;

    /** The key of {@code Crew.bunks}. */
    int bunk;

    @OneToManyRel(backPopulates = "sailor")
    List<Shift> shifts = new ArrayList<>();

    /** A one-way scalar: the crew whose port the sailor calls home, which does not know it. */
    @ManyToOneRel
    Crew homePort;
}

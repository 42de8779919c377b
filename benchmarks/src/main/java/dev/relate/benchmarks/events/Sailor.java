package dev.relate.benchmarks.events;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import java.util.ArrayList;
import java.util.List;

public class Sailor {
    @ManyToOneRel(backPopulates = "sailors")
    Crew crew;
    @ManyToManyRel(backPopulates = "guests")
    List<Crew> visited = new ArrayList<>();
    @ManyToOneRel(backPopulates = "captain")
    Crew captainOf;
}

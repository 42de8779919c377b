package dev.relate.benchmarks.events;

import dev.relate.ManyToOneRel;

public class Sailor {
    @ManyToOneRel(backPopulates = "sailors")
    Crew crew;
}

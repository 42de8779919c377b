package dev.relate.benchmarks.positions;

import dev.relate.ManyToOneRel;

/** The "many" side of {@link RankedQueue#jobs}, with the rank relate keeps. */
public class RankedJob {
    @ManyToOneRel(backPopulates = "jobs")
    RankedQueue queue;

    int rank = -1;
}

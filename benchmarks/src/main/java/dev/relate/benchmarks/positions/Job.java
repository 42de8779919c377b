package dev.relate.benchmarks.positions;

import dev.relate.ManyToOneRel;

/** The "many" side of {@link Queue#jobs}. */
public class Job {
    @ManyToOneRel(backPopulates = "jobs")
    Queue queue;
}

package dev.relate.benchmarks.positions;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A one-to-many list end without kept positions, to compare {@link RankedQueue} with. */
public class Queue {
    @OneToManyRel(backPopulates = "queue")
    List<Job> jobs = new ArrayList<>();
}

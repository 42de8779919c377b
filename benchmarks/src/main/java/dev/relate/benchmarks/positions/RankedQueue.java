package dev.relate.benchmarks.positions;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-to-many list end that keeps each job's rank. {@link #addByHand}, {@link #insertFirstByHand}
 * and {@link #removeByHand} are what a user writes without relate (the Hibernate user guide's helpers,
 * plus the renumbering an {@code @OrderColumn} kept in a field needs).
 */
public class RankedQueue {
    @OneToManyRel(backPopulates = "queue", position = "rank")
    List<RankedJob> jobs = new ArrayList<>();

    public void addByHand(RankedJob job) {
        jobs.add(job);
        job.queue = this;
        job.rank = jobs.size() - 1;
    }

    public void insertFirstByHand(RankedJob job) {
        jobs.add(0, job);
        job.queue = this;
        renumberFrom(0);
    }

    public void removeByHand(RankedJob job) {
        int index = jobs.indexOf(job);
        jobs.remove(index);
        job.queue = null;
        job.rank = -1;
        renumberFrom(index);
    }

    private void renumberFrom(int index) {
        for (int i = index; i < jobs.size(); i++) {
            jobs.get(i).rank = i;
        }
    }
}

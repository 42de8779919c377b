package dev.relate.benchmarks.positions;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code position = "rank"} costs, on an {@code ArrayList} of {@code size} jobs:
 *
 * <ul>
 * <li>{@code append_*}: a job joins at the end and leaves on the next call (it is last: nothing
 * follows it to renumber), by {@code addToJobs}/{@code removeFromJobs} on an end without positions
 * ({@code plain}) and with them ({@code positioned}), and by the hand-written helpers.</li>
 * <li>{@code insertFirst_*}: a job is inserted at index 0 of the live view and removed from there on
 * the next call, which moves every job: the positioned end renumbers all {@code size} of them.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PositionsBenchmark {
    @Param({"10", "1000", "100000"})
    int size;

    Queue queue;
    Job job;
    RankedQueue ranked;
    RankedJob rankedJob;
    RankedQueue byHand;
    RankedJob handJob;

    @Setup
    public void setUp() {
        queue = new Queue();
        ranked = new RankedQueue();
        byHand = new RankedQueue();
        for (int i = 0; i < size; i++) {
            QueueRelations.addToJobs(queue, new Job());
            RankedQueueRelations.addToJobs(ranked, new RankedJob());
            byHand.addByHand(new RankedJob());
        }
        job = new Job();
        rankedJob = new RankedJob();
        handJob = new RankedJob();
    }

    @Benchmark
    public boolean append_plain() {
        return job.queue == null ? QueueRelations.addToJobs(queue, job) : QueueRelations.removeFromJobs(queue, job);
    }

    @Benchmark
    public boolean append_positioned() {
        return rankedJob.queue == null ? RankedQueueRelations.addToJobs(ranked, rankedJob)
                : RankedQueueRelations.removeFromJobs(ranked, rankedJob);
    }

    @Benchmark
    public RankedJob append_hand() {
        if (handJob.queue == null) {
            byHand.addByHand(handJob);
        } else {
            byHand.removeByHand(handJob);
        }
        return handJob;
    }

    @Benchmark
    public Job insertFirst_plain() {
        List<Job> jobs = QueueRelations.jobs(queue);
        if (job.queue == null) {
            jobs.add(0, job);
        } else {
            jobs.remove(0);
        }
        return job;
    }

    @Benchmark
    public RankedJob insertFirst_positioned() {
        List<RankedJob> jobs = RankedQueueRelations.jobs(ranked);
        if (rankedJob.queue == null) {
            jobs.add(0, rankedJob);
        } else {
            jobs.remove(0);
        }
        return rankedJob;
    }

    @Benchmark
    public RankedJob insertFirst_hand() {
        if (handJob.queue == null) {
            byHand.insertFirstByHand(handJob);
        } else {
            byHand.removeByHand(handJob);
        }
        return handJob;
    }
}

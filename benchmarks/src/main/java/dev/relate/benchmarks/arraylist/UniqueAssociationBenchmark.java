package dev.relate.benchmarks.arraylist;

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
 * What {@code @AssociationObject(unique = true)} costs: {@code link(member, club)} through a new
 * association and {@code unlink(member, club)} on the next call, for {@link Membership} (a pair may be
 * linked twice: {@code generated}) and {@link UniqueMembership} (each pair once: {@code unique}), on
 * {@code ArrayList}s. The member holds {@code size} associations, each to a club of its own.
 * {@code linkUnlink}: the club holds one other member, so the check that the pair is not linked yet
 * reads one association; {@code linkUnlinkCrowded}: the club holds {@code size} other members too, so
 * the check reads {@code size} associations, as {@code unlink} does to find the one to remove.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class UniqueAssociationBenchmark {
    @Param({"10", "1000"})
    int size;

    Member member;
    Club club;
    Club crowded;
    boolean linked;

    @Setup
    public void setUp() {
        member = new Member();
        for (int i = 0; i < size; i++) {
            Club own = new Club();
            MembershipRelations.link(member, own);
            UniqueMembershipRelations.link(member, own);
        }
        club = new Club();
        Member other = new Member();
        MembershipRelations.link(other, club);
        UniqueMembershipRelations.link(other, club);
        crowded = new Club();
        for (int i = 0; i < size; i++) {
            Member another = new Member();
            MembershipRelations.link(another, crowded);
            UniqueMembershipRelations.link(another, crowded);
        }
        linked = false;
    }

    @Benchmark
    public Object linkUnlink_generated() {
        linked = !linked;
        return linked ? MembershipRelations.link(member, club) : MembershipRelations.unlink(member, club);
    }

    @Benchmark
    public Object linkUnlink_unique() {
        linked = !linked;
        return linked ? UniqueMembershipRelations.link(member, club) : UniqueMembershipRelations.unlink(member, club);
    }

    @Benchmark
    public Object linkUnlinkCrowded_generated() {
        linked = !linked;
        return linked ? MembershipRelations.link(member, crowded) : MembershipRelations.unlink(member, crowded);
    }

    @Benchmark
    public Object linkUnlinkCrowded_unique() {
        linked = !linked;
        return linked ? UniqueMembershipRelations.link(member, crowded)
                : UniqueMembershipRelations.unlink(member, crowded);
    }
}

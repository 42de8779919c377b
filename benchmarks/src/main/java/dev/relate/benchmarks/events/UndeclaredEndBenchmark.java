package dev.relate.benchmarks.events;

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
 * The A/B of ends that no class validates or listens to: {@code Crew.sailors} with
 * {@code Sailor.crew}, through {@code addToSailors}/{@code removeFromSailors} ({@code addRemove}) and
 * {@code setCrew} ({@code move}), beside the hand-written helper; and, generated only, the scalar
 * side's link and unlink ({@code setCrew} to a crew and to {@code null}, {@code setScalar}), the live
 * view's {@code add} and {@code remove} ({@code viewAddRemove}), a many-to-many's
 * {@code addToGuests}/{@code removeFromGuests} ({@code manyToMany}) and a one-to-one's
 * {@code setCaptain}, moving the captain between two crews ({@code oneToOne}), a map-keyed
 * one-to-many's {@code addToBunks}/{@code removeFromBunks} ({@code mapAddRemove}), a one-way
 * collection's {@code addToWatch}/{@code removeFromWatch} ({@code oneWayAddRemove}) and a one-way
 * scalar's {@code setHomePort}, between two crews ({@code oneWayScalar}), and an association
 * object's {@code link}/{@code unlink} ({@code associationLinkUnlink}, {@link Shift}, allocating the
 * shift it links). It uses nothing that
 * events added, so {@code benchmarks/events-ab.sh} compiles this same file against the runtime and
 * processor of a commit from before validators and listeners existed (A) and of this tree (B), and
 * runs the two jars in turn.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class UndeclaredEndBenchmark {
    @Param({"10", "1000"})
    int size;

    Crew[] crews;
    Sailor sailor;
    int turn;

    @Setup
    public void setUp() {
        crews = new Crew[] {new Crew(), new Crew()};
        for (int i = 0; i < size; i++) {
            Sailor member = new Sailor();
            CrewRelations.addToSailors(crews[i % 2], member);
            CrewRelations.addToGuests(crews[i % 2], member);
            member.bunk = i;
            CrewRelations.addToBunks(crews[i % 2], member);
            CrewRelations.addToWatch(crews[i % 2], member);
        }
        sailor = new Sailor();
        sailor.bunk = -1;
    }

    @Benchmark
    public Sailor addRemove_hand() {
        crews[0].addByHand(sailor);
        crews[0].removeByHand(sailor);
        return sailor;
    }

    @Benchmark
    public boolean addRemove_generated() {
        CrewRelations.addToSailors(crews[0], sailor);
        return CrewRelations.removeFromSailors(crews[0], sailor);
    }

    @Benchmark
    public Crew move_hand() {
        Crew next = crews[turn ^= 1];
        next.addByHand(sailor);
        return next;
    }

    @Benchmark
    public Crew move_generated() {
        Crew next = crews[turn ^= 1];
        SailorRelations.setCrew(sailor, next);
        return next;
    }

    @Benchmark
    public boolean setScalar_generated() {
        SailorRelations.setCrew(sailor, crews[0]);
        SailorRelations.setCrew(sailor, null);
        return sailor.crew == null;
    }

    @Benchmark
    public boolean viewAddRemove_generated() {
        List<Sailor> view = CrewRelations.sailors(crews[0]);
        view.add(sailor);
        return view.remove(sailor);
    }

    @Benchmark
    public boolean manyToMany_generated() {
        CrewRelations.addToGuests(crews[0], sailor);
        return CrewRelations.removeFromGuests(crews[0], sailor);
    }

    @Benchmark
    public boolean mapAddRemove_generated() {
        CrewRelations.addToBunks(crews[0], sailor);
        return CrewRelations.removeFromBunks(crews[0], sailor);
    }

    @Benchmark
    public boolean oneWayAddRemove_generated() {
        CrewRelations.addToWatch(crews[0], sailor);
        return CrewRelations.removeFromWatch(crews[0], sailor);
    }

    @Benchmark
    public Crew oneWayScalar_generated() {
        Crew next = crews[turn ^= 1];
        SailorRelations.setHomePort(sailor, next);
        return next;
    }

    @Benchmark
    public int associationLinkUnlink_generated() {
        ShiftRelations.link(crews[0], sailor, new Shift());
        return ShiftRelations.unlink(crews[0], sailor);
    }

    @Benchmark
    public Crew oneToOne_generated() {
        Crew next = crews[turn ^= 1];
        CrewRelations.setCaptain(next, sailor);
        return next;
    }
}

package dev.relate.benchmarks.events;

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
 * What validators and listeners cost. Each operation adds a new element to a crew of {@code size}
 * and removes it ({@code addRemove}), or moves one element between two crews ({@code move}), through
 * {@code addToSailors}/{@code removeFromSailors} and {@code setCrew}: {@code hand} is the
 * hand-written helper calling a listener by hand; {@code generated} is relate on classes that declare
 * none (what every relationship pays: a field read and a branch per change); {@code listened} with
 * {@code @OnChange} on the crew's end; {@code validated} with {@code @Validates} and {@code @OnChange}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class EventsBenchmark {
    @Param({"10", "1000"})
    int size;

    Crew crew;
    Crew[] crews;
    Sailor sailor;
    ListenedCrew listenedCrew;
    ListenedCrew[] listenedCrews;
    ListenedSailor listenedSailor;
    ValidatedCrew validatedCrew;
    ValidatedCrew[] validatedCrews;
    ValidatedSailor validatedSailor;
    int turn;

    @Setup
    public void setUp() {
        crews = new Crew[] {new Crew(), new Crew()};
        listenedCrews = new ListenedCrew[] {new ListenedCrew(), new ListenedCrew()};
        validatedCrews = new ValidatedCrew[] {new ValidatedCrew(), new ValidatedCrew()};
        crew = crews[0];
        listenedCrew = listenedCrews[0];
        validatedCrew = validatedCrews[0];
        for (int i = 0; i < size; i++) {
            CrewRelations.addToSailors(crews[i % 2], new Sailor());
            ListenedCrewRelations.addToSailors(listenedCrews[i % 2], new ListenedSailor());
            ValidatedCrewRelations.addToSailors(validatedCrews[i % 2], new ValidatedSailor());
        }
        sailor = new Sailor();
        listenedSailor = new ListenedSailor();
        validatedSailor = new ValidatedSailor();
    }

    @Benchmark
    public Sailor addRemove_hand() {
        crew.addByHand(sailor);
        crew.removeByHand(sailor);
        return sailor;
    }

    @Benchmark
    public boolean addRemove_generated() {
        CrewRelations.addToSailors(crew, sailor);
        return CrewRelations.removeFromSailors(crew, sailor);
    }

    @Benchmark
    public boolean addRemove_listened() {
        ListenedCrewRelations.addToSailors(listenedCrew, listenedSailor);
        return ListenedCrewRelations.removeFromSailors(listenedCrew, listenedSailor);
    }

    @Benchmark
    public boolean addRemove_validated() {
        ValidatedCrewRelations.addToSailors(validatedCrew, validatedSailor);
        return ValidatedCrewRelations.removeFromSailors(validatedCrew, validatedSailor);
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
    public ListenedCrew move_listened() {
        ListenedCrew next = listenedCrews[turn ^= 1];
        ListenedSailorRelations.setCrew(listenedSailor, next);
        return next;
    }

    @Benchmark
    public ValidatedCrew move_validated() {
        ValidatedCrew next = validatedCrews[turn ^= 1];
        ValidatedSailorRelations.setCrew(validatedSailor, next);
        return next;
    }
}

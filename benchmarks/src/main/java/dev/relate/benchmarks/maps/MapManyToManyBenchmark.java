package dev.relate.benchmarks.maps;

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
 * A many-to-many map end ({@code Map<String, Stamp>} keyed by {@code Stamp.code}, a {@code HashMap};
 * the other end a {@code HashSet}) beside the hand-written helpers. {@code put}: two stamps with one
 * code take turns under it in a folio of {@code size} stamps, each replacing (and unlinking from both
 * sides) the other ({@code addToStamps}). {@code addRemove}: a stamp is put in a folio of
 * {@code size} stamps and taken out again ({@code addToStamps}, {@code removeFromStamps}).
 * {@code addFromSet}: the same from the set side ({@code addToFolios}, {@code removeFromFolios}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MapManyToManyBenchmark {
    @Param({"10", "1000"})
    int size;

    Folio folio;
    Stamp[] rivals;
    Stamp extra;
    int turn;

    @Setup
    public void setUp() {
        folio = new Folio();
        for (int i = 0; i < size; i++) {
            FolioRelations.addToStamps(folio, new Stamp("s" + i));
        }
        rivals = new Stamp[] {new Stamp("rival"), new Stamp("rival")};
        FolioRelations.addToStamps(folio, rivals[0]);
        extra = new Stamp("extra");
    }

    @Benchmark
    public Stamp put_hand() {
        Stamp next = rivals[turn ^= 1];
        folio.putByHand(next);
        return next;
    }

    @Benchmark
    public Stamp put_generated() {
        Stamp next = rivals[turn ^= 1];
        FolioRelations.addToStamps(folio, next);
        return next;
    }

    @Benchmark
    public Folio addRemove_hand() {
        folio.putByHand(extra);
        folio.removeByHand(extra);
        return folio;
    }

    @Benchmark
    public Folio addRemove_generated() {
        FolioRelations.addToStamps(folio, extra);
        FolioRelations.removeFromStamps(folio, extra);
        return folio;
    }

    @Benchmark
    public Folio addFromSet_generated() {
        StampRelations.addToFolios(extra, folio);
        StampRelations.removeFromFolios(extra, folio);
        return folio;
    }
}

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
 * A map end ({@code Map<String, Sheet>} keyed by {@code Sheet.label}, a {@code HashMap}) beside the
 * hand-written helper. {@code move}: a sheet moves between two drawers of {@code size} sheets each,
 * and back on the next call ({@code setDrawer}). {@code put}: two sheets with one label take turns
 * under it in a drawer of {@code size} sheets, each replacing (and unlinking) the other
 * ({@code addToSheets}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MapOneToManyBenchmark {
    @Param({"10", "1000"})
    int size;

    Drawer[] drawers;
    Sheet moving;
    Drawer putInto;
    Sheet[] rivals;
    int turn;

    @Setup
    public void setUp() {
        drawers = new Drawer[] {new Drawer(), new Drawer()};
        for (int i = 0; i < size; i++) {
            SheetRelations.setDrawer(new Sheet("a" + i), drawers[0]);
            SheetRelations.setDrawer(new Sheet("b" + i), drawers[1]);
        }
        moving = new Sheet("moving");
        SheetRelations.setDrawer(moving, drawers[0]);
        putInto = new Drawer();
        for (int i = 0; i < size; i++) {
            SheetRelations.setDrawer(new Sheet("c" + i), putInto);
        }
        rivals = new Sheet[] {new Sheet("rival"), new Sheet("rival")};
        DrawerRelations.addToSheets(putInto, rivals[0]);
    }

    @Benchmark
    public Drawer move_hand() {
        Drawer next = drawers[turn ^= 1];
        moving.setDrawerByHand(next);
        return next;
    }

    @Benchmark
    public Drawer move_generated() {
        Drawer next = drawers[turn ^= 1];
        SheetRelations.setDrawer(moving, next);
        return next;
    }

    @Benchmark
    public Sheet put_hand() {
        Sheet next = rivals[turn ^= 1];
        next.setDrawerByHand(putInto);
        return next;
    }

    @Benchmark
    public Sheet put_generated() {
        Sheet next = rivals[turn ^= 1];
        DrawerRelations.addToSheets(putInto, next);
        return next;
    }
}

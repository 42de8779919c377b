package dev.relate.benchmarks.ordercolumns;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What order columns ({@code orderColumn}) cost in {@code saveLinks} and {@code loadLinks}, on an
 * in-memory H2 database: {@code size} tunes, each in 3 of 10 mixes (3 &times; {@code size} rows),
 * stored in a table without order columns ({@code plain}) and in one whose two ends both store their
 * order ({@code ordered}: two more INTEGER columns, each right object's list read once per save, the
 * links each list gained sorted after a load).
 *
 * <ul>
 * <li>{@code save_*}: replaces every row (a delete per tune and an insert per link, in batches).</li>
 * <li>{@code load_*}: loads every row into fresh objects, made in the benchmark (alike for both).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class OrderColumnBenchmark {
    private static final int MIXES = 10;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Param({"10", "1000"})
    int size;

    Connection connection;
    List<Tune> tunes;
    List<OrderedTune> orderedTunes;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:bm_order_" + DATABASES.incrementAndGet());
        BmMixTuneTable.createTable(connection);
        BmOrderedMixTuneTable.createTable(connection);
        List<Mix> mixes = new ArrayList<>();
        List<OrderedMix> orderedMixes = new ArrayList<>();
        for (int i = 0; i < MIXES; i++) {
            mixes.add(new Mix(i));
            orderedMixes.add(new OrderedMix(i));
        }
        tunes = new ArrayList<>();
        orderedTunes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Tune tune = new Tune(i);
            OrderedTune orderedTune = new OrderedTune(i);
            for (int j = 0; j < 3; j++) {
                // mixes in another order than their ids, as a user arranges them
                int mix = (i * 7 + j * 3) % MIXES;
                TuneRelations.addToMixes(tune, mixes.get(mix));
                OrderedTuneRelations.addToMixes(orderedTune, orderedMixes.get(mix));
            }
            tunes.add(tune);
            orderedTunes.add(orderedTune);
        }
        BmMixTuneTable.saveLinks(connection, tunes);
        BmOrderedMixTuneTable.saveLinks(connection, orderedTunes);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        connection.close();
    }

    @Benchmark
    public int save_plain() throws SQLException {
        return BmMixTuneTable.saveLinks(connection, tunes);
    }

    @Benchmark
    public int save_ordered() throws SQLException {
        return BmOrderedMixTuneTable.saveLinks(connection, orderedTunes);
    }

    @Benchmark
    public int load_plain() throws SQLException {
        List<Tune> fresh = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            fresh.add(new Tune(i));
        }
        List<Mix> freshMixes = new ArrayList<>(MIXES);
        for (int i = 0; i < MIXES; i++) {
            freshMixes.add(new Mix(i));
        }
        return BmMixTuneTable.loadLinks(connection, fresh, freshMixes);
    }

    @Benchmark
    public int load_ordered() throws SQLException {
        List<OrderedTune> fresh = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            fresh.add(new OrderedTune(i));
        }
        List<OrderedMix> freshMixes = new ArrayList<>(MIXES);
        for (int i = 0; i < MIXES; i++) {
            freshMixes.add(new OrderedMix(i));
        }
        return BmOrderedMixTuneTable.loadLinks(connection, fresh, freshMixes);
    }
}

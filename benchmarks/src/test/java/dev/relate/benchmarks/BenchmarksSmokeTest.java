package dev.relate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every JMH benchmark once, tiny (smallest size, in this JVM, one 50 ms iteration), so that the
 * benchmarks never rot: each must run and produce a time and an allocation figure, and
 * {@link ResultTable} must turn the results into its table. Nothing here is asserted on time.
 */
class BenchmarksSmokeTest {
    private static final Class<?>[] BENCHMARKS = {
        dev.relate.benchmarks.arraylist.OneToManyBenchmark.class,
        dev.relate.benchmarks.arraylist.ManyToManyBenchmark.class,
        dev.relate.benchmarks.arraylist.AssociationBenchmark.class,
        dev.relate.benchmarks.arraylist.UniqueAssociationBenchmark.class,
        dev.relate.benchmarks.hashset.OneToManyBenchmark.class,
        dev.relate.benchmarks.hashset.ManyToManyBenchmark.class,
        dev.relate.benchmarks.hashset.AssociationBenchmark.class,
        dev.relate.benchmarks.onetoone.OneToOneBenchmark.class,
        dev.relate.benchmarks.access.AccessBenchmark.class,
        dev.relate.benchmarks.tree.TreeBenchmark.class,
        dev.relate.benchmarks.maps.MapOneToManyBenchmark.class,
        dev.relate.benchmarks.maps.MapManyToManyBenchmark.class,
        dev.relate.benchmarks.positions.PositionsBenchmark.class,
        dev.relate.benchmarks.ordercolumns.OrderColumnBenchmark.class,
        dev.relate.benchmarks.events.EventsBenchmark.class,
        dev.relate.benchmarks.events.UndeclaredEndBenchmark.class,
    };

    @Test
    void everyBenchmarkRunsAndIsTabulated(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("results.json");
        Options options = new OptionsBuilder()
                .include("dev\\.relate\\.benchmarks\\..*")
                .param("size", "10")
                .forks(0)
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds(50))
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .result(json.toString())
                .resultFormat(ResultFormatType.JSON)
                .build();
        // JMH's lock keeps two measuring runs apart; this run measures nothing, so a benchmark run of
        // another build on the same machine must not fail it
        System.setProperty("jmh.ignoreLock", "true");
        Collection<RunResult> results = new Runner(options).run();

        Map<String, RunResult> byName = new TreeMap<>();
        for (RunResult result : results) {
            byName.put(result.getParams().getBenchmark(), result);
        }
        assertEquals(declaredBenchmarks(), byName.keySet());
        for (Map.Entry<String, RunResult> entry : byName.entrySet()) {
            Result<?> primary = entry.getValue().getPrimaryResult();
            assertTrue(primary.getSampleCount() > 0 && primary.getScore() > 0, entry.getKey() + " measured nothing");
            Result<?> allocation = entry.getValue().getSecondaryResults().get("gc.alloc.rate.norm");
            assertTrue(allocation != null && !Double.isNaN(allocation.getScore()),
                    entry.getKey() + " has no allocation figure");
        }

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        int rows;
        try (PrintStream out = new PrintStream(table, true, StandardCharsets.UTF_8.name())) {
            rows = ResultTable.print(json, out);
        }
        assertEquals(byName.size(), rows);
        String text = table.toString(StandardCharsets.UTF_8.name());
        assertTrue(text.startsWith("| relationship | operation |"), text);
        assertTrue(text.contains("| one-to-many | move | HashSet | 10 | hand |"), text);
        assertTrue(Files.size(json) > 0);
        assertFalse(text.contains("NaN"), text);
    }

    @Test
    void theWarmUpRunsEveryGeneratedAndEveryHandWrittenHelperToTheSameEnd() {
        // each leaves one enrollment linked (one-to-many and many-to-many end empty), the one-to-one free
        assertEquals(1, dev.relate.benchmarks.arraylist.Workout.run());
        assertEquals(1, dev.relate.benchmarks.arraylist.Workout.runHand());
        assertEquals(1, dev.relate.benchmarks.hashset.Workout.run());
        assertEquals(1, dev.relate.benchmarks.hashset.Workout.runHand());
        assertEquals(0, dev.relate.benchmarks.onetoone.Workout.run());
        assertEquals(0, dev.relate.benchmarks.onetoone.Workout.runHand());
        assertEquals(4 * 20_000L, Pollution.run());
    }

    private static Set<String> declaredBenchmarks() {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : BENCHMARKS) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Benchmark.class)) {
                    names.add(type.getName() + "." + method.getName());
                }
            }
        }
        return names;
    }
}

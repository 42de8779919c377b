package dev.relate.benchmarks;

/**
 * Runs the generated helpers of every model of the benchmarks, so that the runtime's shared code
 * ({@code CollectionEnd.add}, {@code OneToManyEnd.assign}, {@code Links}) has seen many end classes
 * and collection classes before the JIT compiles it, as in an application with many relationships.
 * Each JMH fork otherwise exercises one relationship only, and the JIT then inlines everything for
 * that one; hand-written helpers are separate methods and are not affected either way.
 */
public final class Pollution {
    private static final int ROUNDS = 20_000;

    private Pollution() {
    }

    /** Runs every helper {@value #ROUNDS} times; returns a checksum, so that nothing is optimized away. */
    public static long run() {
        long sum = 0;
        for (int i = 0; i < ROUNDS; i++) {
            sum += dev.relate.benchmarks.arraylist.Workout.run();
            sum += dev.relate.benchmarks.hashset.Workout.run();
            sum += dev.relate.benchmarks.onetoone.Workout.run();
        }
        return sum;
    }
}

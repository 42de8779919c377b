package dev.relate.benchmarks;

/**
 * Warms both sides as an application with many relationships would, before anything is measured.
 * Each JMH fork otherwise exercises one relationship only, and the JIT then inlines everything for
 * that one.
 *
 * <ul>
 * <li>The generated helpers of every model of the benchmarks, so that the runtime's shared code
 * ({@code CollectionEnd.add}, {@code OneToManyEnd.assign}, {@code Links}) has seen many end classes
 * and collection classes before the JIT compiles it.</li>
 * <li>The hand-written helpers of the same models, as many relationship kinds: each is a method of
 * its own class, but the JDK code they call is shared, and sees every element class of the
 * application. {@code ArrayList.remove(Object)} calls the element's {@code equals}, and
 * {@code HashSet.add} and {@code remove} its {@code hashCode} and {@code equals}: with several element
 * classes those calls become megamorphic, as they do in an application. Warming only relate's side
 * would compare a warmed relate with hand-written code that the JIT sees in a one-model world.</li>
 * </ul>
 */
public final class Pollution {
    private static final int ROUNDS = 20_000;

    private Pollution() {
    }

    /**
     * Runs every generated and every hand-written helper {@value #ROUNDS} times; returns a checksum, so
     * that nothing is optimized away.
     */
    public static long run() {
        long sum = 0;
        for (int i = 0; i < ROUNDS; i++) {
            sum += dev.relate.benchmarks.arraylist.Workout.run();
            sum += dev.relate.benchmarks.hashset.Workout.run();
            sum += dev.relate.benchmarks.onetoone.Workout.run();
            sum += dev.relate.benchmarks.arraylist.Workout.runHand();
            sum += dev.relate.benchmarks.hashset.Workout.runHand();
            sum += dev.relate.benchmarks.onetoone.Workout.runHand();
        }
        return sum;
    }
}

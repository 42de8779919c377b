package dev.relate.examples.runtime.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random steps as the property tests of this package draw them: a kind of step and three numbers
 * from which it picks its objects, indexes and the rest, and the loop that takes them.
 */
final class Steps {
    private Steps() {
    }

    /**
     * Lists of {@code minSize} to {@code maxSize} steps, each made by {@code step} of a kind below
     * {@code kinds}, two numbers below 1024 and one up to {@code 1 << 16}.
     */
    static <T> Arbitrary<List<T>> of(int kinds, int minSize, int maxSize,
            Combinators.F4<Integer, Integer, Integer, Integer, T> step) {
        Arbitrary<T> one = Combinators.combine(
                Arbitraries.integers().between(0, kinds - 1),
                Arbitraries.integers().between(0, 1023),
                Arbitraries.integers().between(0, 1023),
                Arbitraries.integers().between(0, 1 << 16)).as(step);
        return one.list().ofMinSize(minSize).ofMaxSize(maxSize);
    }

    /** Takes every step, checking after each, and counts them. */
    static <T> void take(List<T> steps, Consumer<T> apply, Consumer<T> check, Runnable count) {
        take(steps, step -> {
            apply.accept(step);
            check.accept(step);
        }, count);
    }

    /** Takes every step, each of which checks itself, and counts them. */
    static <T> void take(List<T> steps, Consumer<T> take, Runnable count) {
        for (T step : steps) {
            take.accept(step);
            count.run();
        }
    }

    /** Up to four distinct elements of {@code all}, in a random order. */
    static <T> List<T> some(List<T> all, Random random) {
        List<T> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        return new ArrayList<>(shuffled.subList(0, random.nextInt(5)));
    }
}

package dev.relate.processor.properties;

import java.util.List;

/**
 * The random decisions that build one model, read one at a time. jqwik generates and shrinks the
 * numbers; every choice maps 0 to its simplest option, so a shrunk (or exhausted) stream builds a
 * simpler model.
 */
final class Choices {
    private final List<Integer> values;
    private int next;

    Choices(List<Integer> values) {
        this.values = values;
    }

    /** A number in {@code [0, n)}. */
    int choose(int n) {
        if (n <= 1) {
            return 0;
        }
        int value = next < values.size() ? values.get(next) : 0;
        next++;
        return Math.floorMod(value, n);
    }

    /** True with the given probability in percent; false when the stream says 0. */
    boolean chance(int percent) {
        return choose(100) >= 100 - percent;
    }

    /** One of the options, the first being the simplest. */
    @SafeVarargs
    final <T> T pick(T... options) {
        return options[choose(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(choose(options.size()));
    }

    /** An index by weights, the first being the simplest. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = choose(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}

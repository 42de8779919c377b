package dev.relate.examples.runtime.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random choices the random-operation properties of this package make. */
final class Choices {
    private Choices() {
    }

    /** One element of a non-empty list. */
    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Each element with even odds, in a shuffled order. */
    static <T> List<T> subset(Random random, List<T> list) {
        List<T> chosen = new ArrayList<>();
        for (T each : list) {
            if (random.nextBoolean()) {
                chosen.add(each);
            }
        }
        Collections.shuffle(chosen, random);
        return chosen;
    }
}

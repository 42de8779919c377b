package dev.relate.examples.runtime.created;

import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.List;
import java.util.Set;

/**
 * A one-to-many set end and two one-way ends (a set and a list, the list validated), with no
 * collection until relate creates one.
 */
class Pen {
    @OneToManyRel(backPopulates = "pen")
    Set<Hen> hens;

    @OneToManyRel
    Set<Hen> favourites;

    @OneToManyRel
    List<Hen> queue;

    /** Whether the validator of {@link #queue} refuses. */
    boolean refuse;

    @Validates("queue")
    void checkQueue(Hen hen, boolean linking) {
        if (refuse) {
            throw new IllegalStateException("refused");
        }
    }
}

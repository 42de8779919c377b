package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.HashSet;
import java.util.Set;

/** The {@code Set} end, a {@code HashSet} in no order, of the many-to-many {@link Subscriber#topics}. */
class Topic extends Entity {
    /** Its position in the test's pool. */
    final int index;

    @ManyToManyRel(secondary = "prop_subscription", backPopulates = "topics")
    Set<Subscriber> subscribers = new HashSet<>();

    Topic(int index) {
        this.index = index;
    }
}

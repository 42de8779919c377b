package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** The {@code List} end of the many-to-many the property test works on; the other end is {@link Topic#subscribers}. */
class Subscriber extends Entity {
    /** Its position in the test's pool, for choices that must not depend on identity hash codes. */
    final int index;

    @ManyToManyRel(secondary = "prop_subscription", backPopulates = "subscribers")
    List<Topic> topics = new ArrayList<>();

    Subscriber(int index) {
        this.index = index;
    }
}

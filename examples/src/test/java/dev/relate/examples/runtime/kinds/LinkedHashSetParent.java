package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.LinkedHashSet;
import java.util.Set;

/** The "one" side of a {@code Set} end holding a {@code LinkedHashSet}. */
class LinkedHashSetParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    Set<LinkedHashSetChild> children = new LinkedHashSet<>();
}

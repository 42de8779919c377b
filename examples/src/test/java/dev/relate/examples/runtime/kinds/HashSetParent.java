package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.HashSet;
import java.util.Set;

/** The "one" side of a {@code Set} end holding a {@code HashSet}. */
class HashSetParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    Set<HashSetChild> children = new HashSet<>();
}

package dev.relate.examples.runtime.property;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.HashSet;
import java.util.Set;

/** The "one" side of a one-to-many {@code Set} end, a {@code HashSet}. */
class Group extends Entity {
    @OneToManyRel(backPopulates = "group")
    Set<Vertex> members = new HashSet<>();
}

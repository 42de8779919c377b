package dev.relate.examples.runtime.tree;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;
import java.util.LinkedHashSet;
import java.util.Set;

/** A tree declared on the scalar end with backref, whose collection is a set. */
class Group extends Entity {
    @ManyToOneRel(backref = "members", acyclic = true)
    Group owner;

    Set<Group> members = new LinkedHashSet<>();
}

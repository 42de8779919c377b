package dev.relate.examples.runtime.property;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;
import java.util.HashSet;
import java.util.Set;

/** An acyclic tree declared on its scalar end with backref, with a hash set end, for {@link AcyclicTreePropertyTest}. */
public class Clan extends Entity {
    @ManyToOneRel(backref = "members", acyclic = true)
    Clan elder;

    Set<Clan> members = new HashSet<>();
}

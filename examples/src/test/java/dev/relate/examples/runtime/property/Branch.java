package dev.relate.examples.runtime.property;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** An acyclic tree with a list end, for {@link AcyclicTreePropertyTest}. */
public class Branch extends Entity {
    @ManyToOneRel(backPopulates = "children")
    Branch parent;

    @OneToManyRel(backPopulates = "parent", acyclic = true)
    List<Branch> children = new ArrayList<>();
}

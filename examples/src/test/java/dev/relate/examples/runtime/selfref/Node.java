package dev.relate.examples.runtime.selfref;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** A self-referential one-to-many: SQLAlchemy's adjacency list. */
class Node extends Entity {
    @ManyToOneRel(backPopulates = "children")
    Node parent;

    @OneToManyRel(backPopulates = "parent")
    List<Node> children = new ArrayList<>();
}

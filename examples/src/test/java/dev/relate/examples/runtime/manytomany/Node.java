package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A self-referential many-to-many that is not symmetric (SQLAlchemy's node_to_node): {@code b} is in
 * {@code a.rights} exactly when {@code a} is in {@code b.lefts}. One declaration with {@code backref}
 * covers both ends.
 */
class Node extends Entity {
    @ManyToManyRel(secondary = "mm_node_link", backref = "lefts", leftColumn = "left_node_id",
            rightColumn = "right_node_id")
    Set<Node> rights = new LinkedHashSet<>();

    List<Node> lefts = new ArrayList<>();
}

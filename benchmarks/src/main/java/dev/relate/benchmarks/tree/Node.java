package dev.relate.benchmarks.tree;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-referential one-to-many that may make cycles, as every relationship but a declared tree.
 * {@link #setParentByHand} is the hand-written helper, as the Hibernate user guide writes one.
 */
public class Node {
    @ManyToOneRel(backPopulates = "children")
    Node parent;

    @OneToManyRel(backPopulates = "parent")
    List<Node> children = new ArrayList<>();

    public void setParentByHand(Node parent) {
        if (this.parent != null) {
            this.parent.children.remove(this);
        }
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }
}

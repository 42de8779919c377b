package dev.relate.examples.runtime.tree;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** A tree declared on the collection end: a node cannot become a child of itself or of a descendant. */
class TreeNode extends Entity {
    @ManyToOneRel(backPopulates = "children")
    TreeNode parent;

    @OneToManyRel(backPopulates = "parent", acyclic = true)
    List<TreeNode> children = new ArrayList<>();
}

package dev.relate.benchmarks.tree;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The same relationship as {@link Node}, declared acyclic: every link walks up the new parent's ancestors. */
public class TreeNode {
    @ManyToOneRel(backPopulates = "children")
    TreeNode parent;

    @OneToManyRel(backPopulates = "parent", acyclic = true)
    List<TreeNode> children = new ArrayList<>();
}

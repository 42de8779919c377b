package golden.manytomanyself;

import dev.relate.ManyToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

public class Node {
    int id;

    @ManyToManyRel(secondary = "node_to_node", backref = "lefts", leftColumn = "left_node_id",
            rightColumn = "right_node_id")
    Set<Node> rights = new LinkedHashSet<>();

    Set<Node> lefts = new LinkedHashSet<>();
}

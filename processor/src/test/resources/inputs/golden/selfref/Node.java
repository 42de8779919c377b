package golden.selfref;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.NavigableSet;

public class Node implements Comparable<Node> {
    final String name;

    @ManyToOneRel(backPopulates = "children")
    Node parent;

    @OneToManyRel(backPopulates = "parent")
    NavigableSet<Node> children;

    public Node(String name) {
        this.name = name;
    }

    @Override
    public int compareTo(Node other) {
        return name.compareTo(other.name);
    }
}

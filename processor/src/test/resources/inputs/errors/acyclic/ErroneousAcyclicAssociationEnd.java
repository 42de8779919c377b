package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousAcyclicAssociationEnd {
    static class Node {
        @OneToManyRel(backPopulates = "from")
        List<Edge> outgoing;

        @OneToManyRel(backPopulates = "to")
        List<Edge> incoming;
    }

    @AssociationObject
    static class Edge {
        @ManyToOneRel(backPopulates = "outgoing", acyclic = true)
        Node from;

        @ManyToOneRel(backPopulates = "incoming")
        Node to;
    }
}

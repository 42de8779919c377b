package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationSidesUnsaid {
    static class Node {
        @OneToManyRel(backPopulates = "from")
        List<Edge> outgoing = new ArrayList<>();

        @OneToManyRel(backPopulates = "to")
        List<Edge> incoming = new ArrayList<>();
    }

    @AssociationObject
    static class Edge {
        @ManyToOneRel(backPopulates = "outgoing")
        Node from;

        @ManyToOneRel(backPopulates = "incoming")
        Node to;

        double weight;
    }
}

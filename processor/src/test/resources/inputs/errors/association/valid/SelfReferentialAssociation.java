package test.valid.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * Association classes whose two ends hold the same class, a graph of nodes linked by edges: left
 * and right both given, left only, and right only.
 */
public class SelfReferentialAssociation {
    public static class Node {
        @OneToManyRel(backPopulates = "from")
        List<Edge> outgoing = new ArrayList<>();

        @OneToManyRel(backPopulates = "to")
        List<Edge> incoming = new ArrayList<>();
    }

    @AssociationObject(left = "from", right = "to")
    public static class Edge {
        @ManyToOneRel(backPopulates = "outgoing")
        Node from;

        @ManyToOneRel(backPopulates = "incoming")
        Node to;

        double weight;
    }

    public static class Person {
        @OneToManyRel(backPopulates = "follower")
        List<Follow> following = new ArrayList<>();

        @OneToManyRel(backPopulates = "followed")
        List<Follow> followers = new ArrayList<>();
    }

    /** The second end declared is the left one. */
    @AssociationObject(left = "follower")
    public static class Follow {
        @ManyToOneRel(backPopulates = "followers")
        Person followed;

        @ManyToOneRel(backPopulates = "following")
        Person follower;

        long since;
    }

    public static class Page {
        @OneToManyRel(backPopulates = "source")
        List<Hyperlink> links = new ArrayList<>();

        @OneToManyRel(backPopulates = "target")
        List<Hyperlink> backlinks = new ArrayList<>();
    }

    @AssociationObject(right = "target")
    public static class Hyperlink {
        @ManyToOneRel(backPopulates = "links")
        Page source;

        @ManyToOneRel(backPopulates = "backlinks")
        Page target;

        String anchorText;
    }
}

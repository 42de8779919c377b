package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;
import java.util.Set;

public class ErroneousPositionAssociation {
    static class Parent {
        @OneToManyRel(backPopulates = "parent", position = "rank")
        Set<Link> children;
    }

    static class Child {
        @OneToManyRel(backPopulates = "child")
        List<Link> parents;
    }

    @AssociationObject
    static class Link {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;

        @ManyToOneRel(backPopulates = "parents")
        Child child;

        int rank;
    }
}

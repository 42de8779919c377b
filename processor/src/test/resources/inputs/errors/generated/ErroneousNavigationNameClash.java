package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousNavigationNameClash {
    static class Parent {
        @OneToManyRel(backPopulates = "parent")
        List<Link> children = new ArrayList<>();

        @OneToManyRel
        List<Child> childOfChildren = new ArrayList<>();
    }

    static class Child {
        @OneToManyRel(backPopulates = "child")
        List<Link> parents = new ArrayList<>();
    }

    @AssociationObject
    static class Link {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;

        @ManyToOneRel(backPopulates = "parents")
        Child child;
    }
}

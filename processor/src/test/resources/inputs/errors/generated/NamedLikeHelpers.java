package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** Fields named like helpers that take other parameters: each overload is declared once, and all compile. */
public class NamedLikeHelpers {
    static class Parent {
        @OneToManyRel(backPopulates = "parent")
        List<Link> children = new ArrayList<>();

        @OneToManyRel
        List<Child> addToChildren = new ArrayList<>();

        @OneToManyRel
        List<Child> setChildren = new ArrayList<>();

        @ManyToOneRel
        Child childOf;
    }

    static class Child {
        @OneToManyRel(backPopulates = "child")
        List<Link> parents = new ArrayList<>();

        @OneToManyRel
        List<Parent> unlink = new ArrayList<>();
    }

    @AssociationObject
    static class Link {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;

        @ManyToOneRel(backPopulates = "parents")
        Child child;

        @OneToManyRel
        List<Child> link = new ArrayList<>();

        @OneToManyRel
        List<Child> find = new ArrayList<>();
    }
}

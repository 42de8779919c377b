package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousOtherEndNotDeclared {
    static class Parent {
        java.util.List<Child> children;
    }

    static class Child {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;
    }
}

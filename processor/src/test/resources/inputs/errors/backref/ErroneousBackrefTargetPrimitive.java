package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousBackrefTargetPrimitive {
    static class Parent {
        long children;
    }

    static class Child {
        @ManyToOneRel(backref = "children")
        Parent parent;
    }
}

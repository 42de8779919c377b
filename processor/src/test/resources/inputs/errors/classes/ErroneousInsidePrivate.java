package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousInsidePrivate {
    static class Parent {
    }

    private static class Hidden {
        static class Child {
            @ManyToOneRel
            Parent parent;
        }
    }
}

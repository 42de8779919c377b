package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousPrivateNested {
    static class Parent {
    }

    private static class Child {
        @ManyToOneRel
        Parent parent;
    }
}

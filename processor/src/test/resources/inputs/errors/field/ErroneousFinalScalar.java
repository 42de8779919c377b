package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousFinalScalar {
    static class Parent {
    }

    static class Child {
        @ManyToOneRel
        final Parent parent = null;
    }
}

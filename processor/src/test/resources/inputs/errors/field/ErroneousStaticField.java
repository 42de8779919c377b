package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousStaticField {
    static class Parent {
    }

    static class Child {
        @ManyToOneRel
        static Parent parent;
    }
}

package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousPrivateNoAccessors {
    static class Parent {
    }

    static class Child {
        @ManyToOneRel
        private Parent parent;
    }
}

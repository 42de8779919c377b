package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousPrivateNoSetter {
    static class Parent {
    }

    static class Child {
        @ManyToOneRel
        private Parent parent;

        Parent getParent() {
            return parent;
        }
    }
}

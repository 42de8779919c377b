package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousPrivateNoGetterForScalar {
    static class Parent {
    }

    static class Child {
        @ManyToOneRel
        private Parent parent;

        void setParent(Parent parent) {
            this.parent = parent;
        }
    }
}

package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousPrivateAccessors {
    static class Parent {
    }

    static class Child {
        @ManyToOneRel
        private Parent parent;

        private Parent getParent() {
            return parent;
        }

        private void setParent(Parent parent) {
            this.parent = parent;
        }
    }
}

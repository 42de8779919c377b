package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousSetterOfWrongType {
    static class Parent {
    }

    static class Child {
        @ManyToOneRel
        private Parent parent;

        Parent getParent() {
            return parent;
        }

        void setParent(Object parent) {
            this.parent = (Parent) parent;
        }
    }
}

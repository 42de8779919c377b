package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousLocalClass {
    static class Parent {
    }

    void method() {
        class Child {
            @ManyToOneRel
            Parent parent;
        }
    }
}

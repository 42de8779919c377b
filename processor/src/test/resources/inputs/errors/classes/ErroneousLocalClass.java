package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousLocalClass {
    static class Parent {
    }

    // javac calls relate only for a round with a relate annotation it can see: this member class has one
    static class Sibling {
        @ManyToOneRel
        Parent parent;
    }

    void method() {
        class Child {
            @ManyToOneRel
            Parent parent;
        }
    }
}

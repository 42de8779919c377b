package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousAnonymousClass {
    static class Parent {
    }

    Object child = new Object() {
        @ManyToOneRel
        Parent parent;
    };
}

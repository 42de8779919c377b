package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousInnerOfGenericOwner {
    static class Parent {
    }

    static class Outer<T> {
        class Child {
            @ManyToOneRel
            Parent parent;
        }
    }
}

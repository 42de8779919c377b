package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousGenericOwner {
    static class Parent {
    }

    static class Child<T> {
        @ManyToOneRel
        Parent parent;
    }
}

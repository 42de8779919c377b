package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousRawGenericTarget {
    static class Box<T> {
    }

    static class Child {
        @SuppressWarnings("rawtypes")
        @ManyToOneRel
        Box box;
    }
}

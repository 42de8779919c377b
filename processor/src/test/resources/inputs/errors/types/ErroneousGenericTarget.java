package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousGenericTarget {
    static class Box<T> {
    }

    static class Child {
        @ManyToOneRel
        Box<String> box;
    }
}

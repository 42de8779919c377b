package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousInnerOfGenericTarget {
    static class Outer<T> {
        class Inner {
        }
    }

    static class Child {
        @ManyToOneRel
        Outer<String>.Inner inner;
    }
}

package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousTypeVariable {
    static class Holder<T> {
        @ManyToOneRel
        T item;
    }
}

package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousPrimitive {
    static class Child {
        @ManyToOneRel
        int parentId;
    }
}

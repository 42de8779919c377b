package test.errors.a;

import dev.relate.ManyToOneRel;
import test.errors.b.ErroneousProtectedTarget;

public class Base {
    protected static class Child {
        @ManyToOneRel(backPopulates = "children")
        public ErroneousProtectedTarget parent;
    }
}

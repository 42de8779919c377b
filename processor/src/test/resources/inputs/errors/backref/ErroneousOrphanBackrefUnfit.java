package test.errors;

import dev.relate.Backref;

public class ErroneousOrphanBackrefUnfit {
    static class Child {
        @Backref
        int parent;
    }
}

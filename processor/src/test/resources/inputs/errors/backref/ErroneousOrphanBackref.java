package test.errors;

import dev.relate.Backref;
import java.util.List;

public class ErroneousOrphanBackref {
    static class Parent {
        List<Child> children;
    }

    static class Child {
        @Backref
        Parent parent;
    }
}

package test.errors;

import dev.relate.ManyToOneRel;
import java.util.List;

public class ErroneousBackrefTargetWildcard {
    static class Parent {
        List<? extends Child> children;
    }

    static class Child {
        @ManyToOneRel(backref = "children")
        Parent parent;
    }
}

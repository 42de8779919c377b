package test.errors;

import dev.relate.ManyToOneRel;
import java.util.List;

public class ErroneousBackrefTargetRaw {
    static class Parent {
        @SuppressWarnings("rawtypes")
        List children;
    }

    static class Child {
        @ManyToOneRel(backref = "children")
        Parent parent;
    }
}

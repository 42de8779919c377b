package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousPrivateTarget {
    static class Parent {
        @OneToManyRel(backref = "parent")
        List<Child> children;
    }

    private static class Child {
        Parent parent;
    }
}

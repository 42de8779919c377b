package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.Set;

public class ErroneousPositionOnSet {
    static class Parent {
        @OneToManyRel(backPopulates = "parent", position = "rank")
        Set<Child> children;
    }

    static class Child {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;

        int rank;
    }
}

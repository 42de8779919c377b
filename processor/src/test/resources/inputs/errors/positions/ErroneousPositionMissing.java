package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousPositionMissing {
    static class Parent {
        @OneToManyRel(backPopulates = "parent", position = "rnak")
        List<Child> children;
    }

    static class Child {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;

        int rank;
    }
}

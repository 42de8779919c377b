package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousPositionStatic {
    static class Parent {
        @OneToManyRel(backPopulates = "parent", position = "rank")
        List<Child> children;
    }

    static class Child {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;

        static int rank;
    }
}

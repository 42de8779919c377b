package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousPositionIsEnd {
    static class Parent {
        @OneToManyRel(backPopulates = "parent", position = "parent")
        List<Child> children;
    }

    static class Child {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;
    }
}

package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousAcyclicNotSelf {
    static class Parent {
        @OneToManyRel(backPopulates = "parent", acyclic = true)
        List<Child> children;
    }

    static class Child {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;
    }
}

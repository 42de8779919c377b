package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousEndKindMismatch {
    static class Parent {
        @OneToManyRel(backPopulates = "parents")
        List<Child> children;
    }

    static class Child {
        @OneToManyRel(backPopulates = "children")
        List<Parent> parents;
    }
}

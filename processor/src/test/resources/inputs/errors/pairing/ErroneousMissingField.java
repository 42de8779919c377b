package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousMissingField {
    static class Parent {
        @OneToManyRel(backPopulates = "parnet")
        List<Child> children;
    }

    static class Child {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;
    }
}

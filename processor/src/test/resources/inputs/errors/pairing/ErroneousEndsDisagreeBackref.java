package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousEndsDisagreeBackref {
    static class Parent {
        @OneToManyRel(backPopulates = "parent")
        List<Child> children;
        List<Child> others;
    }

    static class Child {
        @ManyToOneRel(backref = "others")
        Parent parent;
    }
}

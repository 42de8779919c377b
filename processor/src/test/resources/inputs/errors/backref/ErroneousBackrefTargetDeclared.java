package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousBackrefTargetDeclared {
    static class Parent {
        @OneToManyRel(backref = "parent")
        List<Child> children;
    }

    static class Child {
        @ManyToOneRel
        Parent parent;
    }
}

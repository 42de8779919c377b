package test.errors;

import dev.relate.Backref;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousConflictingBackref {
    static class Parent {
        @OneToManyRel(backref = "parent")
        List<Child> children;
    }

    static class Child {
        @Backref
        @ManyToOneRel
        Parent parent;
    }
}

package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousOtherEndStatic {
    static class Parent {
        @OneToManyRel(backref = "parent")
        List<Child> children;
    }

    static class Child {
        static Parent parent;
    }
}

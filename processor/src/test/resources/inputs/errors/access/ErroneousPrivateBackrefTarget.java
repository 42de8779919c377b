package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousPrivateBackrefTarget {
    static class Parent {
        @OneToManyRel(backref = "parent")
        List<Child> children;
    }

    static class Child {
        private Parent parent;

        Parent getParent() {
            return parent;
        }
    }
}

package test.errors;

import dev.relate.Backref;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousBackrefNamedByBackPopulates {
    static class Parent {
        @OneToManyRel(backPopulates = "parent")
        List<Child> children;
    }

    static class Child {
        @Backref
        Parent parent;
    }
}

package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousBackrefAndBackPopulates {
    static class Parent {
        @OneToManyRel(backPopulates = "parent", backref = "owner")
        List<Child> children;
    }

    static class Child {
        Parent parent;
        Parent owner;
    }
}

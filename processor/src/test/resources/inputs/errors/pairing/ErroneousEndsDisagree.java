package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousEndsDisagree {
    static class Parent {
        @OneToManyRel(backPopulates = "parent")
        List<Child> children;

        @OneToManyRel(backPopulates = "parent")
        List<Child> favourites;
    }

    static class Child {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;
    }
}

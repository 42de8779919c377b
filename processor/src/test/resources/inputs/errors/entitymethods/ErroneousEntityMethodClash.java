package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousEntityMethodClash {
    public static class Parent {
        @OneToManyRel(backPopulates = "parent")
        List<Child> children = new ArrayList<>();
    }

    public static class Child implements ErroneousEntityMethodClash_ChildRelated {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;

        /** Not relate's: marks the child as archived. */
        public void detach() {
        }
    }
}

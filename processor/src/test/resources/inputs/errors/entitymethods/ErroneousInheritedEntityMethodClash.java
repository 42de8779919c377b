package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousInheritedEntityMethodClash {
    public static class Parent {
        @OneToManyRel(backPopulates = "parent")
        List<Child> children = new ArrayList<>();
    }

    public static class Base {
        public void assignParent(Parent parent) {
        }
    }

    public static class Child extends Base implements ErroneousInheritedEntityMethodClash_ChildRelated {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;
    }
}

package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;
import java.util.Set;

public class ErroneousEndTypeMismatch {
    static class Parent {
        @OneToManyRel(backPopulates = "owner")
        List<Child> children;
    }

    static class Shop {
        @OneToManyRel(backPopulates = "owner")
        Set<Child> children;
    }

    static class Child {
        @ManyToOneRel(backPopulates = "children")
        Shop owner;
    }
}

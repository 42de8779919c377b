package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousUnresolvedType {
    static class Parent {
        @OneToManyRel(backref = "parent")
        List<Child> children;

        @OneToManyRel(backPopulates = "owner")
        List<Child> wards;
    }

    static class Child {
        Parnet parent;

        @ManyToOneRel(backPopulates = "wards")
        Parnet owner;

        @ManyToOneRel
        Shop shop;
    }
}

package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousBackrefTargetType {
    static class Parent {
        @OneToManyRel(backref = "parent")
        List<Child> children;
    }

    static class Shop {
    }

    static class Child {
        Shop parent;
    }
}

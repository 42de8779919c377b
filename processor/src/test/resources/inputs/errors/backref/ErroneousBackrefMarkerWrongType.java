package test.errors;

import dev.relate.Backref;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousBackrefMarkerWrongType {
    static class Parent {
        @OneToManyRel(backref = "parent")
        List<Child> children;
    }

    static class Shop {
    }

    static class Child {
        @Backref
        Shop parent;
    }
}

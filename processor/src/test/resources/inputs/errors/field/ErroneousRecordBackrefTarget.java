package test.errors;

import dev.relate.ManyToOneRel;
import java.util.List;

public class ErroneousRecordBackrefTarget {
    record Parent(List<Child> children) {
    }

    static class Child {
        @ManyToOneRel(backref = "children")
        Parent parent;
    }
}

package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousDetachField {
    static class Parent {
        @OneToManyRel(backPopulates = "parent")
        List<Child> detach = new ArrayList<>();
    }

    static class Child {
        @ManyToOneRel(backPopulates = "detach")
        Parent parent;
    }
}

package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousBackrefTargetCollection {
    static class Parent {
        @OneToManyRel(backref = "parents")
        List<Child> children;
    }

    static class Child {
        List<Parent> parents;
    }
}

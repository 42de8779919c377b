package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousConflictingAnnotations {
    static class Parent {
        @OneToManyRel
        @ManyToOneRel
        List<Child> children;
    }

    static class Child {
    }
}

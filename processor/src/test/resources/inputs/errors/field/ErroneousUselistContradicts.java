package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousUselistContradicts {
    static class Parent {
        @OneToManyRel(uselist = false)
        List<Child> children;
    }

    static class Child {
    }
}

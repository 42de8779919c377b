package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousPrivateNoGetter {
    static class Parent {
        @OneToManyRel
        private List<Child> children;
    }

    static class Child {
    }
}

package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousWildcardExtends {
    static class Parent {
        @OneToManyRel
        List<? extends Child> children;
    }

    static class Child {
    }
}

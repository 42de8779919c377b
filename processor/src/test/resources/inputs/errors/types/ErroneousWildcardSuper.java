package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousWildcardSuper {
    static class Parent {
        @OneToManyRel
        List<? super Child> children;
    }

    static class Child {
    }
}

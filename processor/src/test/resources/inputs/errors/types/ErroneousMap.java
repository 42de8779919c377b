package test.errors;

import dev.relate.OneToManyRel;
import java.util.Map;

public class ErroneousMap {
    static class Parent {
        @OneToManyRel
        Map<String, Child> children;
    }

    static class Child {
    }
}

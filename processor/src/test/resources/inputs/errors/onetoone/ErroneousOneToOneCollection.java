package test.errors;

import dev.relate.OneToOneRel;
import java.util.List;

public class ErroneousOneToOneCollection {
    static class Parent {
        @OneToOneRel
        List<Child> children;
    }

    static class Child {
    }
}

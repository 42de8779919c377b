package test.errors;

import dev.relate.ManyToOneRel;
import java.util.List;

public class ErroneousManyToOneCollection {
    static class Parent {
    }

    static class Child {
        @ManyToOneRel
        List<Parent> parents;
    }
}

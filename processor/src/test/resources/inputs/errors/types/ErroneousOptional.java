package test.errors;

import dev.relate.ManyToOneRel;
import java.util.Optional;

public class ErroneousOptional {
    static class Parent {
    }

    static class Child {
        @ManyToOneRel
        Optional<Parent> parent;
    }
}

package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousListOfArrays {
    static class Parent {
        @OneToManyRel
        List<Child[]> children;
    }

    static class Child {
    }
}

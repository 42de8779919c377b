package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousListOfGeneric {
    static class Box<T> {
    }

    static class Parent {
        @OneToManyRel
        List<Box<String>> boxes;
    }
}

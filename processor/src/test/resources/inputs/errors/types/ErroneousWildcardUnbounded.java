package test.errors;

import dev.relate.OneToManyRel;
import java.util.Set;

public class ErroneousWildcardUnbounded {
    static class Parent {
        @OneToManyRel
        Set<?> children;
    }
}

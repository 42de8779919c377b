package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousRawList {
    static class Parent {
        @SuppressWarnings("rawtypes")
        @OneToManyRel
        List children;
    }
}

package test.errors;

import dev.relate.OneToManyRel;
import java.util.ArrayList;

public class ErroneousRawArrayList {
    static class Parent {
        @SuppressWarnings("rawtypes")
        @OneToManyRel
        ArrayList children;
    }
}

package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousListOfTypeVariable {
    static class Holder<T> {
        @OneToManyRel
        List<T> items;
    }
}

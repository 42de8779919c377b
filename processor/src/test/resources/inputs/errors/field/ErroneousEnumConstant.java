package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousEnumConstant {
    enum Size {
        SMALL,
        @ManyToOneRel
        LARGE
    }
}

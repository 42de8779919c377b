package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

public class ErroneousAssociationGeneric {
    static class Reader {
    }

    static class Magazine {
    }

    @AssociationObject
    static class Subscription<T> {
        @ManyToOneRel
        Reader reader;

        @ManyToOneRel
        Magazine magazine;

        T details;
    }
}

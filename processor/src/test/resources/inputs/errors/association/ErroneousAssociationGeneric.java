package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

public class ErroneousAssociationGeneric {
    static class Reader {
    }

    static class Magazine {
    }

    /** Its ends name no collections either: that is reported once the class itself is fixed. */
    @AssociationObject
    static class Subscription<T> {
        @ManyToOneRel
        Reader reader;

        @ManyToOneRel
        Magazine magazine;

        T details;
    }
}

package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

public class ErroneousAssociationPrivate {
    static class Guest {
    }

    static class Hotel {
    }

    @AssociationObject
    private static class Booking {
        @ManyToOneRel
        Guest guest;

        @ManyToOneRel
        Hotel hotel;

        int nights;
    }
}

package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationPrivate {
    static class Guest {
        @OneToManyRel(backPopulates = "guest")
        List<Booking> bookings = new ArrayList<>();
    }

    static class Hotel {
        @OneToManyRel(backPopulates = "hotel")
        List<Booking> bookings = new ArrayList<>();
    }

    @AssociationObject
    private static class Booking {
        @ManyToOneRel(backPopulates = "bookings")
        Guest guest;

        @ManyToOneRel(backPopulates = "bookings")
        Hotel hotel;

        int nights;
    }
}

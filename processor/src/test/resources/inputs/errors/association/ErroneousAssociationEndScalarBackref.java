package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import java.util.HashSet;
import java.util.Set;

public class ErroneousAssociationEndScalarBackref {
    static class Pilot {
        Set<Flight> flights = new HashSet<>();
    }

    static class Plane {
        Flight flight;
    }

    @AssociationObject
    static class Flight {
        @ManyToOneRel(backref = "flights")
        Pilot pilot;

        @ManyToOneRel(backref = "flight")
        Plane plane;

        String number;
    }
}

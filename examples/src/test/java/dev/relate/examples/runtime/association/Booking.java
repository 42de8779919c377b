package dev.relate.examples.runtime.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/**
 * An abstract association object: relate cannot create one, so adding through a navigation view
 * throws, saying that the class is abstract; links are made with an object of a subclass.
 */
@AssociationObject
abstract class Booking extends Entity {
    @ManyToOneRel(backPopulates = "bookings")
    Flight flight;

    @ManyToOneRel(backPopulates = "bookings")
    Passenger passenger;

    abstract String fare();

    /** The concrete booking that links are made with. */
    static final class Economy extends Booking {
        @Override
        String fare() {
            return "economy";
        }
    }
}

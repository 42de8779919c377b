package dev.relate.examples.events;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** A band's booking at a venue, for a fee: the association object the validators and listeners see. */
@AssociationObject
public class Booking {
    @ManyToOneRel(backPopulates = "bookings")
    Venue venue;

    @ManyToOneRel(backPopulates = "bookings")
    Band band;

    int fee;

    public Booking() {
    }

    public Booking(int fee) {
        this.fee = fee;
    }

    @Override
    public String toString() {
        return band + "@" + venue;
    }
}

package dev.relate.examples.events;

import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/** A venue that books at most two bands: its validator sees each {@link Booking}, the association object. */
public class Venue {
    /** The most bookings a venue takes. */
    public static final int NIGHTS = 2;

    final String name;
    @OneToManyRel(backPopulates = "venue")
    List<Booking> bookings = new ArrayList<>();

    public Venue(String name) {
        this.name = name;
    }

    /** Refuses a third booking: relate calls it before the booking joins {@code bookings}, its left side. */
    @Validates("bookings")
    void checkBooking(Booking booking, boolean linking) {
        if (linking && bookings.size() >= NIGHTS) {
            throw new IllegalStateException(name + " is fully booked: no night for a booking of " + booking.fee);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

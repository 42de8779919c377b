package dev.relate.examples.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A band that plays for a fee of at least {@link #minimum}, and logs its bookings. */
public class Band {
    final String name;
    final int minimum;
    @OneToManyRel(backPopulates = "band")
    Set<Booking> bookings = new LinkedHashSet<>();
    final List<String> log = new ArrayList<>();

    public Band(String name, int minimum) {
        this.name = name;
        this.minimum = minimum;
    }

    /**
     * Refuses a booking below its fee. For a new booking relate calls it after the venue's side is
     * linked: a refusal here undoes that too.
     */
    @Validates("bookings")
    void checkBooking(Booking booking, boolean linking) {
        if (linking && booking.fee < minimum) {
            throw new IllegalStateException(name + " plays for " + minimum + " or more, not " + booking.fee);
        }
    }

    /**
     * Runs once the booking is linked (or unlinked) on both sides: after an unlink both its ends are
     * cleared, so it reads only the booking's own data then.
     */
    @OnChange("bookings")
    void bookingsChanged(Booking booking, boolean linked) {
        log.add(linked ? "booked at " + booking.venue + " for " + booking.fee
                : "cancelled a booking for " + booking.fee);
    }

    @Override
    public String toString() {
        return name;
    }
}

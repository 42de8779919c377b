package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** The right side of {@link Booking}. */
class Passenger extends Entity {
    @OneToManyRel(backPopulates = "passenger")
    List<Booking> bookings = new ArrayList<>();
}

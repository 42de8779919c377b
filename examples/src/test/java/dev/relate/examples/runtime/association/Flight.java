package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** The left side of {@link Booking}. */
class Flight extends Entity {
    @OneToManyRel(backPopulates = "flight")
    List<Booking> bookings = new ArrayList<>();
}

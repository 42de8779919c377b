package dev.relate.examples.runtime.association.times;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** An association stored in a table, with extra data of the three time types. */
@AssociationObject(table = "test_shift")
class Shift {
    @ManyToOneRel(backPopulates = "shifts")
    Worker worker;

    @ManyToOneRel(backPopulates = "shifts")
    Site site;

    LocalTime starts;
    LocalDateTime booked;
    OffsetDateTime confirmed;
}

package dev.relate.examples.runtime.property;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** A self-referential association object: it links a {@link Station} to a station, itself included. */
@AssociationObject(left = "from", right = "to")
class Route extends Entity {
    @ManyToOneRel(backPopulates = "departures")
    Station from;

    @ManyToOneRel(backPopulates = "arrivals")
    Station to;

    /** The extra data. */
    int minutes;

    Route() {
    }

    Route(int minutes) {
        this.minutes = minutes;
    }
}

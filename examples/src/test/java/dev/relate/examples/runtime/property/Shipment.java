package dev.relate.examples.runtime.property;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** An association object between a {@link Depot}'s list and a {@link Crate}'s set. */
@AssociationObject
class Shipment {
    @ManyToOneRel(backPopulates = "shipments")
    Depot depot;

    @ManyToOneRel(backPopulates = "shipments")
    Crate crate;

    @Override
    public String toString() {
        return "Shipment" + System.identityHashCode(this) % 1000;
    }
}

package dev.relate.benchmarks.events;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** An association object between a crew and a sailor that no class observes: a watch shift. */
@AssociationObject
public class Shift {
    @ManyToOneRel(backPopulates = "shifts")
    Crew crew;

    @ManyToOneRel(backPopulates = "shifts")
    Sailor sailor;

    public Shift() {
    }
}

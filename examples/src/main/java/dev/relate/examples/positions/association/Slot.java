package dev.relate.examples.positions.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/**
 * A band's slot on a stage: an association object with a kept position on each side, both saved
 * as columns of {@code stage_slots}.
 */
@AssociationObject(table = "stage_slots")
public class Slot {
    @ManyToOneRel(backPopulates = "slots")
    Stage stage;

    @ManyToOneRel(backPopulates = "gigs")
    Band band;

    int place = -1;

    int tourStop = -1;
}

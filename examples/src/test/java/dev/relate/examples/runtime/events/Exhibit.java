package dev.relate.examples.runtime.events;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** An artist's exhibit in a gallery: an association object only one of whose sides ({@link Artist}) is observed. */
@AssociationObject
class Exhibit {
    @ManyToOneRel(backPopulates = "exhibits")
    Gallery gallery;
    @ManyToOneRel(backPopulates = "exhibits")
    Artist artist;
}

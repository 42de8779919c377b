package golden.eventsassociation;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

@AssociationObject
public class Exhibit {
    @ManyToOneRel(backPopulates = "exhibits")
    Gallery gallery;

    @ManyToOneRel(backPopulates = "exhibits")
    Artist artist;
}

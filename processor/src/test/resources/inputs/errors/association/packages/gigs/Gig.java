package test.errors.gigs;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import test.errors.singers.Singer;

/** The helpers of Singer, in another package, navigate to the venues of its gigs, a class they cannot name. */
@AssociationObject
public class Gig {
    @ManyToOneRel(backPopulates = "gigs")
    public Singer singer;

    @ManyToOneRel(backPopulates = "gigs")
    Venue venue;

    String date;
}

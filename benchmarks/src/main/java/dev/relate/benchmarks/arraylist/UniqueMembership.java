package dev.relate.benchmarks.arraylist;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** The same association object, declared to link each pair at most once. */
@AssociationObject(unique = true)
public class UniqueMembership {
    @ManyToOneRel(backPopulates = "uniqueMemberships")
    Member member;

    @ManyToOneRel(backPopulates = "uniqueMemberships")
    Club club;
}

package dev.relate.benchmarks.arraylist;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** An association object that may link a {@link Member} and a {@link Club} more than once. */
@AssociationObject
public class Membership {
    @ManyToOneRel(backPopulates = "memberships")
    Member member;

    @ManyToOneRel(backPopulates = "memberships")
    Club club;
}

package dev.relate.examples.runtime.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** An association object whose two ends are declared with backref: the other sides declare nothing. */
@AssociationObject
class Membership extends Entity {
    @ManyToOneRel(backref = "memberships")
    Club club;

    @ManyToOneRel(backref = "memberships")
    Member member;

    String role;
}

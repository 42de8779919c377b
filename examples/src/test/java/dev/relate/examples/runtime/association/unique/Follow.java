package dev.relate.examples.runtime.association.unique;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** A self-referential association that links each ordered pair of people once. */
@AssociationObject(left = "follower", right = "followed", unique = true)
class Follow {
    @ManyToOneRel(backPopulates = "following")
    Person follower;

    @ManyToOneRel(backPopulates = "followers")
    Person followed;
}

package dev.relate.examples.runtime.hashes;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** An association object that is itself an entity whose hash code changes when it is persisted. */
@AssociationObject
class Review extends Persisted {
    @ManyToOneRel(backPopulates = "reviews")
    Writer writer;

    @ManyToOneRel(backPopulates = "reviews")
    Volume volume;

    int stars;

    Review() {
        super("review");
    }
}

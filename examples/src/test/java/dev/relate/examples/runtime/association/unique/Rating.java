package dev.relate.examples.runtime.association.unique;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** A unique association whose left end is validated and listened to: every link of it is journaled. */
@AssociationObject(left = "critic", right = "film", unique = true)
class Rating {
    @ManyToOneRel(backPopulates = "ratings")
    Critic critic;

    @ManyToOneRel(backPopulates = "ratings")
    Film film;

    private final int stars;

    Rating(int stars) {
        this.stars = stars;
    }

    @Override
    public String toString() {
        return "rating(" + stars + ")";
    }
}

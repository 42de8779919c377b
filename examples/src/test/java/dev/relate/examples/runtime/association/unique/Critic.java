package dev.relate.examples.runtime.association.unique;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/** The left class of {@link Rating}: a validator and a listener of its list of ratings. */
class Critic {
    @OneToManyRel(backPopulates = "critic")
    List<Rating> ratings = new ArrayList<>();

    /** What the validator and the listener saw, in order. */
    final List<String> events = new ArrayList<>();

    @Validates("ratings")
    void checkRating(Rating rating, boolean linking) {
        events.add((linking ? "validate link " : "validate unlink ") + rating);
    }

    @OnChange("ratings")
    void ratingsChanged(Rating rating, boolean linked) {
        events.add((linked ? "linked " : "unlinked ") + rating);
    }
}

package dev.relate.examples.runtime.association;

import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** A plain field that {@code Membership.club}'s backref manages. */
class Club extends Entity {
    List<Membership> memberships = new ArrayList<>();
}

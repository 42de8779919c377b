package dev.relate.examples.runtime.association;

import dev.relate.Backref;
import dev.relate.examples.runtime.Entity;
import java.util.LinkedHashSet;
import java.util.Set;

/** A {@code @Backref} field that {@code Membership.member}'s backref manages. */
class Member extends Entity {
    @Backref
    Set<Membership> memberships = new LinkedHashSet<>();
}

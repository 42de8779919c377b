package dev.relate.examples.runtime.backref;

import dev.relate.Backref;
import dev.relate.examples.runtime.Entity;
import java.util.LinkedHashSet;
import java.util.Set;

/** Holds a {@code @Backref} field that {@code Player.team}'s backref manages. */
class Team extends Entity {
    @Backref
    Set<Player> players = new LinkedHashSet<>();
}

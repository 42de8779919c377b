package dev.relate.examples.runtime.backref;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** Many-to-one with backref naming a {@code @Backref} field. */
class Player extends Entity {
    @ManyToOneRel(backref = "players")
    Team team;
}

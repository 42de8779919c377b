package dev.relate.examples.runtime.association.stored;

import dev.relate.OneToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** The right class, with a String id. */
class Player {
    final String id;

    @OneToManyRel(backPopulates = "player")
    Set<Contract> contracts = new LinkedHashSet<>();

    Player(String id) {
        this.id = id;
    }
}

package dev.relate.examples.runtime.association.stored;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The left class; its collection declares the association's left end with a backref. */
class Team {
    final long id;

    @OneToManyRel(backref = "team")
    List<Contract> contracts = new ArrayList<>();

    Team(long id) {
        this.id = id;
    }
}

package dev.relate.examples.runtime.manytomany.reorder;

import java.util.ArrayList;
import java.util.List;

/** The right class of {@code ro_roster_rower}. */
class Rower {
    final int id;

    List<Roster> rosters = new ArrayList<>();

    Rower(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Rower#" + id;
    }
}

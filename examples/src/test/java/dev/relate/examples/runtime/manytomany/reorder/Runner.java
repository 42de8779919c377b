package dev.relate.examples.runtime.manytomany.reorder;

import java.util.ArrayList;
import java.util.List;

/** The right class of {@code ro_lineup_runner} and of {@code ro_relay_runner}. */
class Runner {
    final int id;

    List<Lineup> lineups = new ArrayList<>();

    List<Relay> relays = new ArrayList<>();

    Runner(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Runner#" + id;
    }
}

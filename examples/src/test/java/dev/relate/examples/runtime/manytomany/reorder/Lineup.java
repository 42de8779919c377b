package dev.relate.examples.runtime.manytomany.reorder;

import dev.relate.ManyToManyRel;
import java.util.List;

/** The left class of {@code ro_lineup_runner}, whose list of runners the table keeps in order. */
class Lineup {
    final int id;

    @ManyToManyRel(secondary = "ro_lineup_runner", backref = "lineups", orderColumn = "runner_position")
    List<Runner> runners = new SettingList<>();

    Lineup(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Lineup#" + id;
    }
}

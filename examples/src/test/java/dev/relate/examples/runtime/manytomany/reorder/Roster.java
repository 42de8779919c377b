package dev.relate.examples.runtime.manytomany.reorder;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import java.util.ArrayList;
import java.util.List;

/** {@link Lineup} with a listener of its list, so that a load of {@code ro_roster_rower} is one operation. */
class Roster {
    final int id;

    @ManyToManyRel(secondary = "ro_roster_rower", backref = "rosters", orderColumn = "rower_position")
    List<Rower> rowers = new SettingList<>();

    final List<String> heard = new ArrayList<>();

    Roster(int id) {
        this.id = id;
    }

    @OnChange("rowers")
    void rowersChanged(Rower rower, boolean linked) {
        heard.add((linked ? "+" : "-") + rower);
    }

    @Override
    public String toString() {
        return "Roster#" + id;
    }
}

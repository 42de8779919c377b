package dev.relate.examples.events;

import dev.relate.OnChange;
import dev.relate.OneToOneRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/** A coach, who coaches one team at a time, only with a licence, and keeps a log of the teams. */
public class Coach {
    final String name;
    final boolean licensed;
    @OneToOneRel(mappedBy = "coach")
    Team team;
    final List<String> log = new ArrayList<>();

    public Coach(String name, boolean licensed) {
        this.name = name;
        this.licensed = licensed;
    }

    /** Refuses a team to a coach without a licence: relate calls it before any field is written. */
    @Validates("team")
    void checkTeam(Team other, boolean linking) {
        if (linking && !licensed) {
            throw new IllegalStateException(name + " has no licence: " + other + " cannot take them");
        }
    }

    /** Hears each change of the one-to-one: a replace is an unlink of every pair broken, then a link. */
    @OnChange("team")
    void teamChanged(Team changed, boolean linked) {
        log.add((linked ? "took " : "left ") + changed);
    }

    @Override
    public String toString() {
        return name;
    }
}

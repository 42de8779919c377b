package dev.relate.examples.events;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import java.util.ArrayList;
import java.util.List;

/** A player, who keeps a log of the teams it joined and left. */
public class Player {
    final String name;
    @ManyToOneRel(backPopulates = "players")
    Team team;
    final List<String> log = new ArrayList<>();

    public Player(String name) {
        this.name = name;
    }

    /** The other end's listener: a move is an unlink from the old team, then a link to the new one. */
    @OnChange("team")
    void teamChanged(Team changed, boolean linked) {
        log.add((linked ? "joined " : "left ") + changed);
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.relate.examples.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/** A team of at most five players, which counts who joined and who left. */
public class Team {
    /** The most players a team has. */
    public static final int SIZE = 5;

    final String name;
    @OneToManyRel(backPopulates = "team")
    List<Player> players = new ArrayList<>();
    int joined;
    int left;
    @OneToOneRel(backPopulates = "team")
    Coach coach;

    public Team(String name) {
        this.name = name;
    }

    /** Refuses a sixth player: relate calls it before each link and unlink of {@code players}. */
    @Validates("players")
    void checkPlayer(Player player, boolean linking) {
        if (linking && players.size() >= SIZE) {
            throw new IllegalStateException(name + " has " + SIZE + " players already: " + player + " cannot join");
        }
    }

    /** Counts the changes: relate calls it after each link and unlink, once both ends agree. */
    @OnChange("players")
    void playersChanged(Player player, boolean linked) {
        if (linked) {
            joined++;
        } else {
            left++;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousEventStatic {
    static class Team {
        @OneToManyRel(backPopulates = "team")
        List<Player> players = new ArrayList<>();

        @OnChange("players")
        static void playersChanged(Player player, boolean linked) {
        }
    }

    static class Player {
        @ManyToOneRel(backPopulates = "players")
        Team team;
    }
}

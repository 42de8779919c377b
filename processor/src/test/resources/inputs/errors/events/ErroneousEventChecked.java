package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

public class ErroneousEventChecked {
    static class Team {
        @OneToManyRel(backPopulates = "team")
        List<Player> players = new ArrayList<>();

        @Validates("players")
        void checkPlayer(Player player, boolean linking) throws Exception {
        }
    }

    static class Player {
        @ManyToOneRel(backPopulates = "players")
        Team team;
    }
}

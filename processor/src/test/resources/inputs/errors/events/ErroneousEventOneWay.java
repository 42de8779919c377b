package test.errors;

import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

public class ErroneousEventOneWay {
    static class Team {
        @OneToManyRel
        List<Player> players = new ArrayList<>();

        @Validates("players")
        void checkPlayer(Player player, boolean linking) {
        }
    }

    static class Player {
    }
}

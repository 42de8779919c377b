package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousColumnsMismatchRight {
    static class Player {
        int id;

        @ManyToManyRel(secondary = "membership", backPopulates = "players", leftColumn = "team_id",
                rightColumn = "player_id")
        Set<Team> teams;
    }

    static class Team {
        int id;

        @ManyToManyRel(secondary = "membership", backPopulates = "teams", leftColumn = "team_id",
                rightColumn = "member_id")
        Set<Player> players;
    }
}

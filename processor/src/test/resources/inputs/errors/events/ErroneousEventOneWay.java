package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.Validates;

public class ErroneousEventOneWay {
    static class Team {
    }

    static class Player {
        @ManyToOneRel
        Team team;

        @Validates("team")
        void checkTeam(Team team, boolean linking) {
        }
    }
}

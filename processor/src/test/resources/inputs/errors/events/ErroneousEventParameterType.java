package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousEventParameterType {
    static class Team {
        @OneToManyRel(backPopulates = "team")
        List<Player> players = new ArrayList<>();
    }

    static class Player {
        @ManyToOneRel(backPopulates = "players")
        Team team;

        @OnChange("team")
        void teamChanged(String team, boolean linked) {
        }
    }
}

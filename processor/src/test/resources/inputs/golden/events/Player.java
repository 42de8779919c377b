package golden.events;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;

public class Player {
    @ManyToOneRel(backPopulates = "players")
    Team team;

    @OnChange("team")
    void teamChanged(Object team, boolean linked) {
    }
}

package golden.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

public class Team {
    @OneToManyRel(backPopulates = "team")
    List<Player> players = new ArrayList<>();

    @Validates("players")
    void checkPlayer(Player player, boolean linking) {
    }

    @OnChange("players")
    void playersChanged(Player player, boolean linked) {
    }
}

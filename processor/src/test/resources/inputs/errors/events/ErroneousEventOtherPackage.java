package test.errors.events.team;

import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;
import test.errors.events.player.EventPlayer;

public class ErroneousEventOtherPackage {
    @OneToManyRel(backPopulates = "team")
    public List<EventPlayer> players = new ArrayList<>();

    @Validates("players")
    void checkPlayer(EventPlayer player, boolean linking) {
    }
}

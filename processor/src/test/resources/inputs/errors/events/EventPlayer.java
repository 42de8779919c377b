package test.errors.events.player;

import dev.relate.ManyToOneRel;
import test.errors.events.team.ErroneousEventOtherPackage;

public class EventPlayer {
    @ManyToOneRel(backPopulates = "players")
    public ErroneousEventOtherPackage team;
}

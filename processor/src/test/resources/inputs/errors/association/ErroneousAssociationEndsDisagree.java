package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationEndsDisagree {
    static class Team {
        @OneToManyRel(backPopulates = "team")
        List<Player> players = new ArrayList<>();
    }

    static class Player {
        @ManyToOneRel(backPopulates = "players")
        Team team;

        @OneToManyRel(backPopulates = "player")
        List<Contract> contracts = new ArrayList<>();
    }

    @AssociationObject
    static class Contract {
        @ManyToOneRel(backPopulates = "players")
        Team employer;

        @ManyToOneRel(backPopulates = "contracts")
        Player player;

        long salary;
    }
}

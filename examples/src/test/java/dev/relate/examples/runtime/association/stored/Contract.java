package dev.relate.examples.runtime.association.stored;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An association stored in a table, with extra data of several column types. */
@AssociationObject(table = "test_contract", leftColumn = "team_id", rightColumn = "player_id")
class Contract {
    /** Managed by the backref on Team.contracts: an end declared from the collection side. */
    Team team;

    @ManyToOneRel(backPopulates = "contracts")
    Player player;

    int number;
    Long bonus;
    boolean captain;
    BigDecimal salary;
    @Column(precision = 10, scale = 2)
    BigDecimal fee;
    @Column(length = 3)
    String grade;
    private LocalDate since;
    transient String note;

    LocalDate getSince() {
        return since;
    }

    void setSince(LocalDate since) {
        this.since = since;
    }
}

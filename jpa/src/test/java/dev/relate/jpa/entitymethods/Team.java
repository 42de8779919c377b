package dev.relate.jpa.entitymethods;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * JPA's mappings only, private fields, field access; implementing the generated TeamRelated gives
 * it {@code players()}, {@code addToPlayers(p)} and {@code detach()} without writing them.
 */
@Entity
@Table(name = "em_team")
public class Team implements TeamRelated {
    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @OneToMany(mappedBy = "team")
    private List<Player> players = new ArrayList<>();

    /** For JPA. */
    protected Team() {
    }

    public Team(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** relate asks for the accessors of a private end, so that the class compiles for Java 8 too. */
    public List<Player> getPlayers() {
        return TeamRelations.players(this);
    }

    @Override
    public String toString() {
        return "Team(" + id + ", " + name + ")";
    }
}

package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** The {@code mappedBy} side of a many-to-many held in {@code Set}s: Hibernate's {@code Group}. */
@Entity
@Table(name = "enh_team")
public class Team {
    @Id
    private Long id;

    @ManyToMany(mappedBy = "teams")
    private Set<Player> players = new HashSet<>();

    protected Team() {
    }

    public Team(Long id) {
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    public Set<Player> getPlayers() {
        return TeamRelations.players(this);
    }

    /** Empties the team: each player leaves it too (Hibernate's test assigned a new set to the field). */
    public void resetPlayers() {
        TeamRelations.setPlayers(this, new HashSet<>());
    }

    /** The field itself, for assertions on what is stored. */
    Set<Player> playersField() {
        return players;
    }

    @Override
    public String toString() {
        return "Team(" + id + ")";
    }
}

package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Set;

/**
 * The owning side of {@link Team#getPlayers()}: Hibernate's {@code User} of
 * {@code ManyToManyAssociationTest}, whose set is not initialized either.
 */
@Entity
@Table(name = "enh_player")
public class Player {
    @Id
    private Long id;

    @ManyToMany
    private Set<Team> teams;

    protected Player() {
    }

    public Player(Long id) {
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    public void addTeam(Team team) {
        PlayerRelations.addToTeams(this, team);
    }

    public Set<Team> getTeams() {
        return PlayerRelations.teams(this);
    }

    /** Replaces the teams with the elements of {@code teams}: the set itself is not kept. */
    public void setTeams(Set<Team> teams) {
        PlayerRelations.setTeams(this, teams);
    }

    /** The field itself, for assertions on what is stored. */
    Set<Team> teamsField() {
        return teams;
    }

    @Override
    public String toString() {
        return "Player(" + id + ")";
    }
}

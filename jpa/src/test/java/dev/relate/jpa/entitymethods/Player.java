package dev.relate.jpa.entitymethods;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/** The many side of Team.players, and a many-to-many with Skill through a join table. */
@Entity
@Table(name = "em_player")
public class Player implements PlayerRelated {
    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @ManyToOne
    private Team team;

    @ManyToMany
    @JoinTable(name = "em_player_skill")
    private Set<Skill> skills = new LinkedHashSet<>();

    /** For JPA. */
    protected Player() {
    }

    public Player(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** relate asks for the accessors of a private end, so that the class compiles for Java 8 too. */
    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        PlayerRelations.setTeam(this, team);
    }

    public Set<Skill> getSkills() {
        return PlayerRelations.skills(this);
    }

    @Override
    public String toString() {
        return "Player(" + id + ", " + name + ")";
    }
}

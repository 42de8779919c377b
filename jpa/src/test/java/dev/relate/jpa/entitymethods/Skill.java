package dev.relate.jpa.entitymethods;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "em_skill")
public class Skill implements SkillRelated {
    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @ManyToMany(mappedBy = "skills")
    private List<Player> players = new ArrayList<>();

    /** For JPA. */
    protected Skill() {
    }

    public Skill(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public List<Player> getPlayers() {
        return SkillRelations.players(this);
    }

    @Override
    public String toString() {
        return "Skill(" + id + ", " + name + ")";
    }
}

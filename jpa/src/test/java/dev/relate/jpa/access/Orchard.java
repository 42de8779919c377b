package dev.relate.jpa.access;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;

/**
 * JPA's mixed access: field access ({@code @Id} on the field) but for the trees, mapped on their
 * getter under {@code @Access(PROPERTY)} over a {@code @Transient} field. Hibernate reads and writes
 * the trees through {@link #getTrees()} and {@link #setTrees}, which stay plain; relate reads the
 * mapping from the getter for the field.
 */
@Entity
@Table(name = "access_orchard")
public class Orchard {
    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @Transient
    private List<Tree> trees = new ArrayList<>();

    /** For JPA. */
    protected Orchard() {
    }

    public Orchard(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Hibernate's: the field as it is, Hibernate's own collection once loaded. */
    @Access(AccessType.PROPERTY)
    @OneToMany(mappedBy = "orchard")
    public List<Tree> getTrees() {
        return trees;
    }

    /** Hibernate's: it installs its own collection here. */
    public void setTrees(List<Tree> trees) {
        this.trees = trees;
    }

    /** Plants a tree here: it leaves the orchard it was in. */
    public void plant(Tree tree) {
        OrchardRelations.addToTrees(this, tree);
    }

    public void fell(Tree tree) {
        OrchardRelations.removeFromTrees(this, tree);
    }
}

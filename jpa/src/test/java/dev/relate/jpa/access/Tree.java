package dev.relate.jpa.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The owning side of {@link Orchard#getTrees()}, under field access. */
@Entity
@Table(name = "access_tree")
public class Tree {
    @Id
    @GeneratedValue
    private Long id;

    private String kind;

    @ManyToOne
    private Orchard orchard;

    /** For JPA. */
    protected Tree() {
    }

    public Tree(String kind) {
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public Orchard getOrchard() {
        return orchard;
    }

    public void setOrchard(Orchard orchard) {
        this.orchard = orchard;
    }

    /** Moves the tree to {@code orchard}: it leaves its previous orchard's trees and joins the new one's. */
    public void moveTo(Orchard orchard) {
        TreeRelations.setOrchard(this, orchard);
    }
}

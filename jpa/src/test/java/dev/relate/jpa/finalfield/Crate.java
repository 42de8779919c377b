package dev.relate.jpa.finalfield;

import dev.relate.IgnoreMappings;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A crate whose depot is final, set once by its constructor: Hibernate's field access sets it on load. */
@Entity
public class Crate {
    @Id
    @GeneratedValue
    Long id;

    @IgnoreMappings
    @ManyToOne
    private final Depot depot;

    @Embedded
    Label label;

    protected Crate() {
        depot = null;
    }

    Crate(Depot depot, Label label) {
        this.depot = depot;
        this.label = label;
    }

    Depot getDepot() {
        return depot;
    }
}

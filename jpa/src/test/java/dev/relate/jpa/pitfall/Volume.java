package dev.relate.jpa.pitfall;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The "many" side of {@link Shelf}, its field package-private too. */
@Entity
public class Volume {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    Shelf shelf;

    public Long getId() {
        return id;
    }

    public Shelf getShelf() {
        return shelf;
    }
}

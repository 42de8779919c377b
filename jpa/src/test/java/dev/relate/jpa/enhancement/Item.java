package dev.relate.jpa.enhancement;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A mapped superclass declaring the {@code @ManyToOne} that {@link Novelist#getItems()} names. */
@MappedSuperclass
public abstract class Item {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Novelist author;

    public Long getId() {
        return id;
    }

    public Novelist getAuthor() {
        return author;
    }

    /**
     * Plain, as JPA has it: relate reaches the field through a handle, and needs the getter and
     * setter only to exist. Link with {@code ChildItemRelations.setAuthor} or the novelist's view.
     */
    public void setAuthor(Novelist author) {
        this.author = author;
    }
}

package dev.relate.jpa.enhancement.hibernate;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A mapped superclass declaring the {@code @ManyToOne} that {@link HNovelist#items} names. */
@MappedSuperclass
abstract class HItem {
    @Id
    Long id;

    @ManyToOne
    HNovelist author;

    void setAuthor(HNovelist author) {
        this.author = author;
    }
}

package dev.relate.jpa.enhancement.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The owning side of {@link HOrder#lines}. */
@Entity
class HLine {
    @Id
    Long id;

    @ManyToOne
    HOrder order;

    void setOrder(HOrder order) {
        this.order = order;
    }
}

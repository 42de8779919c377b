package dev.relate.jpa.enhancement.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.HashSet;
import java.util.Set;

/** An order whose lines are held in a {@code final} set. */
@Entity
class HOrder {
    @Id
    Long id;

    @OneToMany(mappedBy = "order")
    final Set<HLine> lines = new HashSet<>();
}

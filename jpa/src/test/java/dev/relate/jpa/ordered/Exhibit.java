package dev.relate.jpa.ordered;

import dev.relate.ManyToManyRel;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The owning side: Hibernate stores the order of {@code pieces} in {@code piece_order}, and relate's
 * table class, asked for by {@code @ManyToManyRel} beside the mapping, stores it there too.
 */
@Entity
@Table(name = "oc_exhibit")
public class Exhibit {
    @Id
    Long id;

    @ManyToMany
    @JoinTable(name = "oc_exhibit_piece", joinColumns = @JoinColumn(name = "exhibit_id"),
            inverseJoinColumns = @JoinColumn(name = "piece_id"))
    @OrderColumn(name = "piece_order")
    @ManyToManyRel(backPopulates = "exhibits")
    List<Piece> pieces = new ArrayList<>();

    /** For JPA. */
    protected Exhibit() {
    }

    public Exhibit(long id) {
        this.id = id;
    }
}

package dev.relate.jpa.ordered;

import dev.relate.ManyToManyRel;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The inverse side; relate's left class ({@code exhibits} before {@code pieces}). */
@Entity
@Table(name = "oc_piece")
public class Piece {
    @Id
    Long id;

    @ManyToMany(mappedBy = "pieces")
    @ManyToManyRel(backPopulates = "pieces")
    List<Exhibit> exhibits = new ArrayList<>();

    /** For JPA. */
    protected Piece() {
    }

    public Piece(long id) {
        this.id = id;
    }
}

package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * A mix declared with {@code backref}: a {@code List} end here, whose other end is the plain
 * {@code Set} field {@link SetSide#lists}.
 */
class ListSide extends Entity {
    @ManyToManyRel(secondary = "mm_kind_mixed", backref = "lists")
    List<SetSide> sets = new ArrayList<>();
}

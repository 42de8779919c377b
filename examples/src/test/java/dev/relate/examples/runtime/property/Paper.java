package dev.relate.examples.runtime.property;

import dev.relate.OneToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** The right class of {@link Note}: a set that keeps order, as {@code Book.reviews}. */
class Paper {
    @OneToManyRel(backPopulates = "paper")
    Set<Note> notes = new LinkedHashSet<>();
}

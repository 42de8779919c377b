package dev.relate.examples.runtime.manytomany;

import dev.relate.examples.runtime.Entity;
import java.util.LinkedHashSet;
import java.util.Set;

/** The other side of {@code ListSide.sets}: a plain field the backref manages. */
class SetSide extends Entity {
    Set<ListSide> lists = new LinkedHashSet<>();
}

package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** The "one" side of a {@code List} end holding an {@code ArrayList}. */
class ListParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    List<ListChild> children = new ArrayList<>();
}

package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;

/** The "one" side of an end declared as the concrete {@code ArrayList}. */
class ArrayListParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    ArrayList<ArrayListChild> children = new ArrayList<>();
}

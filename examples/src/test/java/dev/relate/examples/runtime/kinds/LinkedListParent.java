package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.LinkedList;

/** The "one" side of an end declared as the concrete {@code LinkedList}. */
class LinkedListParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    LinkedList<LinkedListChild> children = new LinkedList<>();
}

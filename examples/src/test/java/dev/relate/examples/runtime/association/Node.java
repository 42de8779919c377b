package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** Both sides of the self-referential {@link Edge}. */
class Node extends Entity {
    @OneToManyRel(backPopulates = "source")
    List<Edge> outgoing = new ArrayList<>();

    @OneToManyRel(backPopulates = "target")
    List<Edge> incoming = new ArrayList<>();
}

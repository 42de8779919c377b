package dev.relate.examples.runtime.property;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/**
 * The twin of {@code Review} without {@code unique}: a pair may be linked by several notes. It tells
 * {@link UniquePairsPropertyTest} what each step does when nothing is refused.
 */
@AssociationObject
class Note {
    @ManyToOneRel(backPopulates = "notes")
    Writer writer;

    @ManyToOneRel(backPopulates = "notes")
    Paper paper;
}

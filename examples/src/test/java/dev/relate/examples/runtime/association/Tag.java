package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** The right side of {@link Tagging}. */
class Tag extends Entity {
    @OneToManyRel(backPopulates = "tag")
    List<Tagging> taggings = new ArrayList<>();
}

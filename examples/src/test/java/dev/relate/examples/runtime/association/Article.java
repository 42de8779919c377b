package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** The left side of {@link Tagging}; its backPopulates names a field that {@code Tagging} inherits. */
class Article extends Entity {
    @OneToManyRel(backPopulates = "article")
    List<Tagging> taggings = new ArrayList<>();
}

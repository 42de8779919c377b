package dev.relate.examples.runtime.failure;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** A many-to-many list end whose far side a test may make unmodifiable. */
class Post extends Entity {
    @ManyToManyRel(secondary = "failure_post_tag", backPopulates = "parents")
    List<Tag> tags = new ArrayList<>();
}

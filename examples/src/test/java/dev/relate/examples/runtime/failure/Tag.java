package dev.relate.examples.runtime.failure;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.LinkedHashSet;
import java.util.Set;

class Tag extends Entity {
    @ManyToManyRel(secondary = "failure_post_tag", backPopulates = "tags")
    Set<Post> parents = new LinkedHashSet<>();
}

package dev.relate.examples.runtime.association;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** Declares the two ends, and the extra data, that the association class {@link Tagging} inherits. */
abstract class BaseTagging extends Entity {
    @ManyToOneRel(backPopulates = "taggings")
    Article article;

    @ManyToOneRel(backPopulates = "taggings")
    Tag tag;

    int weight;
}

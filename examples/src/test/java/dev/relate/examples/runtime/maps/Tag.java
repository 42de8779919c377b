package dev.relate.examples.runtime.maps;

import dev.relate.ManyToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** Held in each of its posts' maps under its name; its own end is a set of posts. */
class Tag {
    String name;

    @ManyToManyRel(backPopulates = "tags")
    Set<Post> posts = new LinkedHashSet<>();

    Tag(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "#" + name;
    }
}

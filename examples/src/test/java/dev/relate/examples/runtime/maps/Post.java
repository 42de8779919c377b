package dev.relate.examples.runtime.maps;

import dev.relate.ManyToManyRel;
import java.util.TreeMap;

/** The map end of a many-to-many, sorted by each tag's name. */
class Post {
    final String title;

    @ManyToManyRel(backPopulates = "posts", key = "name")
    TreeMap<String, Tag> tags = new TreeMap<>();

    Post(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}

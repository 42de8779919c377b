package dev.relate.examples.runtime.manytomany.described;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The other end of {@link Poster}, with the same kind of {@code toString}. */
class Tag {
    static int described;

    @Id
    String id;

    @ManyToManyRel(secondary = "mm_poster_tag", backPopulates = "tags")
    List<Poster> posters = new ArrayList<>();

    Tag(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        described++;
        return "Tag(id=" + id + ", posters=" + posters + ")";
    }
}

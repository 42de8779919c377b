package dev.relate.examples.runtime.manytomany.described;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * A many-to-many end whose {@code toString} names its tags, and theirs their posters, as Lombok's
 * {@code @ToString} (or {@code @Data}) writes it on both ends of a pair: it never returns.
 */
class Poster {
    static int described;

    @Id
    long id;

    @ManyToManyRel(secondary = "mm_poster_tag", backPopulates = "posters")
    List<Tag> tags = new ArrayList<>();

    Poster(long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        described++;
        return "Poster(id=" + id + ", tags=" + tags + ")";
    }
}

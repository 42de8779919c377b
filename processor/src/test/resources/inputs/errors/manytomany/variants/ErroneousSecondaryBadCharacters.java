package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSecondaryBadCharacters {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "post-tags")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSecondaryNotAscii {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "beiträge_tags")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSecondaryTooLong {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

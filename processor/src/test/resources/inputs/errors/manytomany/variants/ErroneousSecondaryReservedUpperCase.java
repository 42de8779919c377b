package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSecondaryReservedUpperCase {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "GROUP")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

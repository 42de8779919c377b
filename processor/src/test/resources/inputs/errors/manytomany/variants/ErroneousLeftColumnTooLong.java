package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousLeftColumnTooLong {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "left_too_long", leftColumn = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousRightColumnTooLong {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "right_too_long", rightColumn = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

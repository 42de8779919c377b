package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousLeftColumnBadCharacters {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "left_bad_characters", leftColumn = "post id")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

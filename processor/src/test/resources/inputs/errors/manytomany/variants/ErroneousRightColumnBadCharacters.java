package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousRightColumnBadCharacters {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "right_bad_characters", rightColumn = "tag.id")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

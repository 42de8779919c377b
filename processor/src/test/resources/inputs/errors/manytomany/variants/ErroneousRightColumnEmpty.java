package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousRightColumnEmpty {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "right_empty", rightColumn = "")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousLeftColumnEmpty {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "left_empty", leftColumn = "")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

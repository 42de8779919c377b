package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSqlNameTwice {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "select",
                leftColumn = "post-id",
                rightColumn = "tag id")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

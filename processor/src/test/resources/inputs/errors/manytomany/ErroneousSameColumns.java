package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSameColumns {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "same_columns", leftColumn = "item_id", rightColumn = "item_id")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSameColumnsDefault {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "same_columns_default", leftColumn = "right_id")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

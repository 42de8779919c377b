package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousLeftColumnReserved {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "left_reserved", leftColumn = "user")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

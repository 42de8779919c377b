package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousLeftColumnReservedByH2 {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "left_reserved_by_h2", leftColumn = "year")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousLeftColumnStartsWithDigit {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "left_starts_with_digit", leftColumn = "1st_post_id")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

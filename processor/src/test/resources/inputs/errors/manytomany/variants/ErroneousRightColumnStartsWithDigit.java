package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousRightColumnStartsWithDigit {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "right_starts_with_digit", rightColumn = "9tag_id")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

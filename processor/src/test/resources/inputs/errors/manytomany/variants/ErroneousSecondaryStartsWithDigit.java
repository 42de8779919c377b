package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSecondaryStartsWithDigit {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "2nd_post_tags")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSecondaryBlank {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "   ")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

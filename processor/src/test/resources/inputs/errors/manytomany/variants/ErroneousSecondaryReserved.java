package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSecondaryReserved {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "order")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousUnsupportedIdDouble {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "double_id")
        Set<Tag> tags;
    }

    static class Tag {
        double id;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousNoIdStatic {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "static_id")
        Set<Tag> tags;
    }

    static class Tag {
        static int id;

        static int getId() {
            return id;
        }
    }
}

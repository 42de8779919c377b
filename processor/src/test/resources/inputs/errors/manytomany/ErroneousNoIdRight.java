package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousNoIdRight {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "no_id_right")
        Set<Tag> tags;
    }

    static class Tag {
        String name;
        int identifier;
    }
}

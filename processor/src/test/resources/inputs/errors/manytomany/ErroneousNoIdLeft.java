package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousNoIdLeft {
    static class Post {
        String title;

        @ManyToManyRel(secondary = "no_id_left")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

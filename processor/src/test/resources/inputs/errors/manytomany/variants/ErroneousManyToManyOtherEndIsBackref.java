package test.errors;

import dev.relate.Backref;
import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousManyToManyOtherEndIsBackref {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "other_end_backref", backPopulates = "posts")
        Set<Tag> tags;
    }

    static class Tag {
        int id;

        @Backref
        Set<Post> posts;
    }
}

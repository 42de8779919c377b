package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousManyToManyBackrefAndBackPopulates {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "both_attributes", backPopulates = "posts", backref = "posts")
        Set<Tag> tags;
    }

    static class Tag {
        int id;

        Set<Post> posts;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousManyToManyEndTypeMismatch {
    static class Page {
        int id;

        @ManyToManyRel(secondary = "page_tags", backPopulates = "posts")
        Set<Tag> tags;
    }

    static class Post {
        int id;

        @ManyToManyRel(secondary = "post_tags", backPopulates = "posts")
        Set<Tag> tags;
    }

    static class Tag {
        int id;

        @ManyToManyRel(secondary = "post_tags", backPopulates = "tags")
        Set<Post> posts;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.List;

public class ErroneousOrderColumnName {
    static class Post {
        long id;

        @ManyToManyRel(secondary = "post_tag", backPopulates = "posts", orderColumn = "tag order")
        List<Tag> tags;
    }

    static class Tag {
        long id;

        @ManyToManyRel(secondary = "post_tag", backPopulates = "tags")
        List<Post> posts;
    }
}

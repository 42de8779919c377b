package test.errors;

import dev.relate.ManyToManyRel;
import java.util.List;
import java.util.Set;

public class ErroneousOrderColumnOnSet {
    static class Post {
        long id;

        @ManyToManyRel(secondary = "post_tag", backPopulates = "posts", orderColumn = "tag_order")
        Set<Tag> tags;
    }

    static class Tag {
        long id;

        @ManyToManyRel(secondary = "post_tag", backPopulates = "tags")
        List<Post> posts;
    }
}

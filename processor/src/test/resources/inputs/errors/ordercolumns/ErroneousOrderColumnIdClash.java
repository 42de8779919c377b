package test.errors;

import dev.relate.ManyToManyRel;
import java.util.List;

public class ErroneousOrderColumnIdClash {
    static class Post {
        long id;

        @ManyToManyRel(secondary = "post_tag", backPopulates = "posts", joinColumn = "post_id",
                inverseJoinColumn = "tag_id", orderColumn = "TAG_ID")
        List<Tag> tags;
    }

    static class Tag {
        long id;

        @ManyToManyRel(secondary = "post_tag", backPopulates = "tags")
        List<Post> posts;
    }
}

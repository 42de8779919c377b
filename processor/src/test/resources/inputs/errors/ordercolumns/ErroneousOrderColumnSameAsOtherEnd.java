package test.errors;

import dev.relate.ManyToManyRel;
import java.util.List;

public class ErroneousOrderColumnSameAsOtherEnd {
    static class Post {
        long id;

        @ManyToManyRel(secondary = "post_tag", backPopulates = "posts", orderColumn = "position")
        List<Tag> tags;
    }

    static class Tag {
        long id;

        @ManyToManyRel(secondary = "post_tag", backPopulates = "tags", orderColumn = "position")
        List<Post> posts;
    }
}

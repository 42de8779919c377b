package test.errors;

import dev.relate.ManyToManyRel;
import java.util.List;

public class ErroneousOrderColumnNoTable {
    static class Post {
        @ManyToManyRel(backPopulates = "posts", orderColumn = "tag_order")
        List<Tag> tags;
    }

    static class Tag {
        @ManyToManyRel(backPopulates = "tags")
        List<Post> posts;
    }
}

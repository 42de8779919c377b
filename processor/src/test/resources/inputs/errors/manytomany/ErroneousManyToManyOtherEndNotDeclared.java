package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousManyToManyOtherEndNotDeclared {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "not_declared", backPopulates = "posts", leftColumn = "post_id",
                rightColumn = "tag_id")
        Set<Tag> tags;
    }

    static class Tag {
        int id;

        Set<Post> posts;
    }
}

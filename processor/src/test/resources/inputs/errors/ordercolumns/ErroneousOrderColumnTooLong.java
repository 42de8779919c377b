package test.errors;

import dev.relate.ManyToManyRel;
import java.util.List;

public class ErroneousOrderColumnTooLong {
    static class Post {
        long id;

        @ManyToManyRel(secondary = "post_tag", backPopulates = "posts",
                orderColumn = "the_index_of_each_tag_in_the_list_of_tags_of_its_post_as_saved_by_relate")
        List<Tag> tags;
    }

    static class Tag {
        long id;

        @ManyToManyRel(secondary = "post_tag", backPopulates = "tags")
        List<Post> posts;
    }
}

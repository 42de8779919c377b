package golden.eventsmapmanytomany;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import java.util.Set;

public class Tag {
    long id;
    String name;

    @ManyToManyRel(secondary = "post_tag", backPopulates = "tags")
    Set<Post> posts;

    @OnChange("posts")
    void postsChanged(Post post, boolean linked) {
    }
}

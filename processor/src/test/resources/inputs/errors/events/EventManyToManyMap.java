package test.errors;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class EventManyToManyMap {
    static class Post {
        @ManyToManyRel(backPopulates = "posts", key = "name")
        Map<String, Tag> tags = new HashMap<>();

        @OnChange("tags")
        void tagsChanged(Tag tag, boolean linked) {
        }
    }

    static class Tag {
        String name;

        @ManyToManyRel(backPopulates = "tags")
        Set<Post> posts = new HashSet<>();

        @Validates("posts")
        void checkPost(Post post, boolean linking) {
        }
    }
}

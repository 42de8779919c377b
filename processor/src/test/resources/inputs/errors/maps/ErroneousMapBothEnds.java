package test.errors;

import dev.relate.ManyToManyRel;
import java.util.HashMap;
import java.util.Map;

public class ErroneousMapBothEnds {
    static class Post {
        String title;

        @ManyToManyRel(backPopulates = "posts", key = "name")
        Map<String, Tag> tags = new HashMap<>();
    }

    static class Tag {
        String name;

        @ManyToManyRel(backPopulates = "tags", key = "title")
        Map<String, Post> posts = new HashMap<>();
    }
}

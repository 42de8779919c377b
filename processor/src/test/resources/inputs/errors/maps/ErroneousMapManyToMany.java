package test.errors;

import dev.relate.ManyToManyRel;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

public class ErroneousMapManyToMany {
    static class Post {
        @ManyToManyRel(backPopulates = "posts")
        Map<String, Tag> tags = new HashMap<>();
    }

    static class Tag {
        String name;

        @ManyToManyRel(backPopulates = "tags")
        Set<Post> posts = new LinkedHashSet<>();
    }
}

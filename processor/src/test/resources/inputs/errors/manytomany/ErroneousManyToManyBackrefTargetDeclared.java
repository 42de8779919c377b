package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousManyToManyBackrefTargetDeclared {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "backref_declared", backref = "posts")
        Set<Tag> tags;
    }

    static class Tag {
        int id;

        @ManyToManyRel(secondary = "backref_declared_one_way")
        Set<Post> posts;
    }
}

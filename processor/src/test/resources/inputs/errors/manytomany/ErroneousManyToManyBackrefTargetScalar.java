package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousManyToManyBackrefTargetScalar {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "backref_scalar", backref = "post")
        Set<Tag> tags;
    }

    static class Tag {
        int id;

        Post post;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousManyToManyBackrefTargetOtherClass {
    static class Page {
        int id;
    }

    static class Post {
        int id;

        @ManyToManyRel(secondary = "backref_other_class", backref = "posts")
        Set<Tag> tags;
    }

    static class Tag {
        int id;

        Set<Page> posts;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousNoIdPrivateGetter {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "private_getter")
        Set<Tag> tags;
    }

    static class Tag {
        private long id;

        private long getId() {
            return id;
        }
    }
}

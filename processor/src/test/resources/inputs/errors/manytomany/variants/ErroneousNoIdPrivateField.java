package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousNoIdPrivateField {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "private_field")
        Set<Tag> tags;
    }

    static class Tag {
        private long id;

        Tag(long id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "Tag " + id;
        }
    }
}

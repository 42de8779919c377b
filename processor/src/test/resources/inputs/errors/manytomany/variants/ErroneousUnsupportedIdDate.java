package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Date;
import java.util.Set;

public class ErroneousUnsupportedIdDate {
    static class Post {
        private final Date id = new Date();

        @ManyToManyRel(secondary = "date_id")
        Set<Tag> tags;

        public Date getId() {
            return id;
        }
    }

    static class Tag {
        int id;
    }
}

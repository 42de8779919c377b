package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousNoIdPrivateAnnotatedGetter {
    /** Stands for jakarta.persistence.Id: relate reads any annotation named Id. */
    @interface Id {
    }

    static class Post {
        int id;

        @ManyToManyRel(secondary = "annotated_getter")
        Set<Tag> tags;
    }

    static class Tag {
        private final String code = "tag";

        @Id
        private String getCode() {
            return code;
        }
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousTableSharedCase {
    static class Page {
        int id;

        @ManyToManyRel(secondary = "case_tags")
        Set<Label> labels;
    }

    static class Post {
        int id;

        @ManyToManyRel(secondary = "Case_Tags")
        Set<Label> labels;
    }

    static class Label {
        int id;
    }
}

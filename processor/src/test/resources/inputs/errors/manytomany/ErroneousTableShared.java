package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousTableShared {
    static class Page {
        int id;

        @ManyToManyRel(secondary = "shared_tags")
        Set<Label> labels;
    }

    static class Post {
        int id;

        @ManyToManyRel(secondary = "shared_tags")
        Set<Label> postLabels;
    }

    static class Label {
        int id;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousTableClassClash {
    static class Label {
        int id;
    }

    static class Note {
        int id;

        @ManyToManyRel(secondary = "label_links")
        Set<Label> labels;
    }

    static class Task {
        int id;

        @ManyToManyRel(secondary = "labelLinks")
        Set<Label> labels;
    }
}

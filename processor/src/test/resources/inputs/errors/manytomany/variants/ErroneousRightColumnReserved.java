package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousRightColumnReserved {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "right_reserved", rightColumn = "order")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

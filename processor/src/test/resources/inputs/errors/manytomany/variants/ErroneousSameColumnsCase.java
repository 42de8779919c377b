package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSameColumnsCase {
    static class Post {
        int id;

        @ManyToManyRel(secondary = "same_columns_case", leftColumn = "Item_ID", rightColumn = "item_id")
        Set<Tag> tags;
    }

    static class Tag {
        int id;
    }
}

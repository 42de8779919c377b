package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousEnumEnd {
    enum Size {
        SMALL,
        LARGE;

        @OneToManyRel(backPopulates = "size")
        List<Item> items = new ArrayList<>();
    }

    static class Item {
        @ManyToOneRel(backPopulates = "items")
        Size size;
    }
}

package golden.eventsmap;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;

public class Book {
    String code;

    @ManyToOneRel(backPopulates = "books")
    Shelf shelf;

    @OnChange("shelf")
    void shelfChanged(Shelf shelf, boolean linked) {
    }
}

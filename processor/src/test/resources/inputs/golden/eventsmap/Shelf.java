package golden.eventsmap;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.Map;
import java.util.TreeMap;

public class Shelf {
    @OneToManyRel(backPopulates = "shelf", key = "code")
    Map<String, Book> books = new TreeMap<>();

    @Validates("books")
    void checkBook(Book book, boolean linking) {
    }

    @OnChange("books")
    void booksChanged(Book book, boolean linked) {
    }
}

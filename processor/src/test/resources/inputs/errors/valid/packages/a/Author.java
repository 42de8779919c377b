package test.valid.a;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;
import test.valid.b.Book;

/** One end of a relationship across two packages: public class, public field. */
public class Author {
    @OneToManyRel(backPopulates = "author")
    public List<Book> books = new ArrayList<>();
}

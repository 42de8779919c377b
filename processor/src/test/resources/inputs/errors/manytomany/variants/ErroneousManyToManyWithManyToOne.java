package test.errors;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import java.util.Set;

public class ErroneousManyToManyWithManyToOne {
    static class Author {
        int id;

        @ManyToManyRel(secondary = "kind_many_to_one", backPopulates = "author")
        Set<Book> books;
    }

    static class Book {
        int id;

        @ManyToOneRel(backPopulates = "books")
        Author author;
    }
}

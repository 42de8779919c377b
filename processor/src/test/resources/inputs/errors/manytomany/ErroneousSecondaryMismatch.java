package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSecondaryMismatch {
    static class Author {
        int id;

        @ManyToManyRel(secondary = "authorship", backPopulates = "authors")
        Set<Book> books;
    }

    static class Book {
        int id;

        @ManyToManyRel(secondary = "book_authors", backPopulates = "books")
        Set<Author> authors;
    }
}

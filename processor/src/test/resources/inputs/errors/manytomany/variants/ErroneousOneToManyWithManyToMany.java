package test.errors;

import dev.relate.ManyToManyRel;
import dev.relate.OneToManyRel;
import java.util.List;
import java.util.Set;

public class ErroneousOneToManyWithManyToMany {
    static class Author {
        int id;

        @OneToManyRel(backPopulates = "authors")
        List<Book> books;
    }

    static class Book {
        int id;

        @ManyToManyRel(secondary = "kind_many_to_many", backPopulates = "books")
        Set<Author> authors;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import dev.relate.OneToManyRel;
import java.util.List;
import java.util.Set;

public class ErroneousManyToManyWithOneToMany {
    static class Author {
        int id;

        @ManyToManyRel(secondary = "kind_one_to_many", backPopulates = "authors")
        Set<Book> books;
    }

    static class Book {
        int id;

        @OneToManyRel(backPopulates = "books")
        List<Author> authors;
    }
}

package test.errors;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import java.util.Set;

public class ErroneousManyToOneWithManyToMany {
    static class Book {
        int id;

        @ManyToOneRel(backPopulates = "books")
        Writer writer;
    }

    static class Writer {
        int id;

        @ManyToManyRel(secondary = "kind_to_many_to_one", backPopulates = "writer")
        Set<Book> books;
    }
}

package test.valid.b;

import dev.relate.ManyToOneRel;
import test.valid.a.Author;

/** The other end, in another package. */
public class Book {
    @ManyToOneRel(backPopulates = "books")
    public Author author;
}

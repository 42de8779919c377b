package dev.relate.benchmarks.hashset;

import dev.relate.ManyToManyRel;
import java.util.HashSet;
import java.util.Set;

/** The other side of {@link Author#books}. */
public class Book {
    long id;

    @ManyToManyRel(secondary = "hashset_author_book", backPopulates = "books")
    Set<Author> authors = new HashSet<>();

    public Book(long id) {
        this.id = id;
    }
}

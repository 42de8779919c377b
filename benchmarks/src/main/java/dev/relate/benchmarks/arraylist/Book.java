package dev.relate.benchmarks.arraylist;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The other side of {@link Author#books}. */
public class Book {
    long id;

    @ManyToManyRel(secondary = "arraylist_author_book", backPopulates = "books")
    List<Author> authors = new ArrayList<>();

    public Book(long id) {
        this.id = id;
    }
}

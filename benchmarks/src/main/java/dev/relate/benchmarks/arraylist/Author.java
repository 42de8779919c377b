package dev.relate.benchmarks.arraylist;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of a many-to-many on {@code ArrayList}s. {@link #addBook} and {@link #removeBook} are the
 * hand-written helpers, as the Hibernate user guide writes them for a bidirectional many-to-many.
 */
public class Author {
    long id;

    @ManyToManyRel(secondary = "arraylist_author_book", backPopulates = "authors")
    List<Book> books = new ArrayList<>();

    public Author(long id) {
        this.id = id;
    }

    public void addBook(Book book) {
        books.add(book);
        book.authors.add(this);
    }

    public void removeBook(Book book) {
        books.remove(book);
        book.authors.remove(this);
    }
}

package dev.relate.benchmarks.hashset;

import dev.relate.ManyToManyRel;
import java.util.HashSet;
import java.util.Set;

/**
 * One side of a many-to-many on {@code HashSet}s. {@link #addBook} and {@link #removeBook} are the
 * hand-written helpers, as the Hibernate user guide writes them for a bidirectional many-to-many.
 */
public class Author {
    long id;

    @ManyToManyRel(secondary = "hashset_author_book", backPopulates = "authors")
    Set<Book> books = new HashSet<>();

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

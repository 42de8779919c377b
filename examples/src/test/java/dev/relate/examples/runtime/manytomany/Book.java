package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * An entity with its own table, whose {@code Long} id is in the column {@code book_id}. Its field
 * {@code authors} comes before {@code Author.books}, so books are the left side of {@code mm_authorship}.
 */
@jakarta.persistence.Table(name = "mm_book")
class Book {
    @Id
    @Column(name = "book_id")
    Long id;

    @ManyToManyRel(secondary = "mm_authorship", backPopulates = "books")
    List<Author> authors = new ArrayList<>();

    Book(Long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Book#" + id;
    }
}

package dev.relate.examples.runtime.detach;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An end of every kind, and the generated interface: {@code book.assignAuthor(a)}, {@code book.detach()}. */
class Book implements BookRelated {
    final String title;

    @ManyToOneRel(backPopulates = "books")
    Author author;

    @ManyToManyRel(backPopulates = "books")
    Set<Genre> genres = new LinkedHashSet<>();

    @OneToManyRel(uselist = false, backPopulates = "book")
    Cover cover;

    /** One-way. */
    @ManyToOneRel
    Publisher publisher;

    @OneToManyRel(backPopulates = "book")
    List<Loan> loans = new ArrayList<>();

    Book(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}

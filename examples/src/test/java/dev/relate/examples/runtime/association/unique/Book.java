package dev.relate.examples.runtime.association.unique;

import dev.relate.OneToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** The right class: a set of reviews that keeps their order. */
public class Book {
    public final long id;

    @OneToManyRel(backPopulates = "book")
    public Set<Review> reviews = new LinkedHashSet<>();

    public Book(long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "book" + id;
    }
}

package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** An entity with its own table and a {@code Long} id, which may still be null. */
@jakarta.persistence.Table(name = "mm_author")
class Author {
    @Id
    Long id;

    @ManyToManyRel(secondary = "mm_authorship", backPopulates = "authors")
    Set<Book> books = new LinkedHashSet<>();

    Author(Long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Author#" + id;
    }
}

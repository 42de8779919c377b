package dev.relate.examples.runtime.backref;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** One-to-many declared on the collection with backref naming the element's plain scalar field. */
class Library extends Entity {
    @OneToManyRel(backref = "library")
    List<Book> books = new ArrayList<>();
}

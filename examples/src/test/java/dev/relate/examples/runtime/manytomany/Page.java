package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A self-referential many-to-many stored in a table whose two columns both reference {@code mm_page}. */
@jakarta.persistence.Table(name = "mm_page")
class Page {
    @Id
    Integer id;

    @ManyToManyRel(secondary = "mm_page_link", backref = "linkedFrom", leftColumn = "from_page",
            rightColumn = "to_page")
    Set<Page> linksTo = new LinkedHashSet<>();

    List<Page> linkedFrom = new ArrayList<>();

    Page(Integer id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Page#" + id;
    }
}

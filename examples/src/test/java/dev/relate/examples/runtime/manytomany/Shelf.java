package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A table and columns whose names have 63 characters, as many as PostgreSQL keeps. */
class Shelf {
    final long id;

    @ManyToManyRel(secondary = "mm_shelf_label_links_with_a_name_as_long_as_postgresql_keeps_it", backPopulates = "shelves",
            leftColumn = "shelf_id_in_a_column_with_a_name_as_long_as_postgresql_keeps_it",
            rightColumn = "label_id_in_a_column_with_a_name_as_long_as_postgresql_keeps_it")
    List<Label> labels = new ArrayList<>();

    Shelf(long id) {
        this.id = id;
    }
}

package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The other end of {@link Shelf#labels}. */
class Label {
    final long id;

    @ManyToManyRel(secondary = "mm_shelf_label_links_with_a_name_as_long_as_postgresql_keeps_it", backPopulates = "labels",
            leftColumn = "shelf_id_in_a_column_with_a_name_as_long_as_postgresql_keeps_it",
            rightColumn = "label_id_in_a_column_with_a_name_as_long_as_postgresql_keeps_it")
    List<Shelf> shelves = new ArrayList<>();

    Label(long id) {
        this.id = id;
    }
}

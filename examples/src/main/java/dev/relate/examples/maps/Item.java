package dev.relate.examples.maps;

import dev.relate.OneToManyRel;
import java.util.HashMap;
import java.util.Map;

/** An item whose notes are a dictionary keyed by each note's keyword: SQLAlchemy's attribute_keyed_dict. */
public class Item {
    final String name;

    @OneToManyRel(backPopulates = "item", key = "keyword")
    Map<String, Note> notes = new HashMap<>();

    public Item(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}

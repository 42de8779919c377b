package dev.relate.examples.runtime.maps;

import dev.relate.OneToManyRel;
import java.util.HashMap;
import java.util.Map;

/** Holds its notes under their keywords, in a hash map. */
public class Owner {
    final String name;

    @OneToManyRel(backPopulates = "owner", key = "keyword")
    Map<String, Note> notes = new HashMap<>();

    public Owner(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import java.util.Map;

/** The map end of a many-to-many keyed by {@code Genre.title}, in a map that may throw ({@link FaultyMap}). */
class Album {
    final int number;

    @ManyToManyRel(backPopulates = "albums", key = "title")
    Map<String, Genre> genres = new FaultyMap<>();

    Album(int number) {
        this.number = number;
    }

    @Override
    public String toString() {
        return "album" + number;
    }
}

package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The other side of {@link KeyedLeft}'s three ends, equal to any other of the same key. */
class KeyedRight extends Entity {
    final String key;

    @ManyToManyRel(secondary = "mm_keyed_hashed", backPopulates = "hashed")
    Set<KeyedLeft> hashedIn = new HashSet<>();

    @ManyToManyRel(secondary = "mm_keyed_listed", backPopulates = "listed")
    Set<KeyedLeft> listedIn = new LinkedHashSet<>();

    @ManyToManyRel(secondary = "mm_keyed_sorted", backPopulates = "sorted")
    List<KeyedLeft> sortedIn = new ArrayList<>();

    KeyedRight(String key) {
        this.key = key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyedRight && ((KeyedRight) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}

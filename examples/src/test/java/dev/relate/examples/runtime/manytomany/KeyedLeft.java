package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Equal to any other of the same key, as {@link KeyedRight} is: three many-to-many ends whose two
 * sides refuse equal objects in different places (a hashed set on both sides; a list here and a set
 * there; a comparator's set here and a list there).
 */
class KeyedLeft extends Entity {
    final String key;

    @ManyToManyRel(secondary = "mm_keyed_hashed", backPopulates = "hashedIn")
    Set<KeyedRight> hashed = new HashSet<>();

    @ManyToManyRel(secondary = "mm_keyed_listed", backPopulates = "listedIn")
    List<KeyedRight> listed = new ArrayList<>();

    @ManyToManyRel(secondary = "mm_keyed_sorted", backPopulates = "sortedIn")
    NavigableSet<KeyedRight> sorted = new TreeSet<>(Comparator.comparing((KeyedRight right) -> right.key));

    KeyedLeft(String key) {
        this.key = key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyedLeft && ((KeyedLeft) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}

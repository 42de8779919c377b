package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;
import java.util.HashSet;
import java.util.Set;

/** Equal to, and sorted with, any label of the same key; the key may change while a set holds it. */
class Label extends Entity implements Comparable<Label> {
    String key;

    @ManyToOneRel(backPopulates = "labels")
    Board board;

    @ManyToOneRel(backPopulates = "pinned")
    Board pinnedOn;

    @ManyToManyRel(secondary = "prop_watch", backPopulates = "watched")
    Set<Board> watchers = new HashSet<>();

    Label(String key) {
        this.key = key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Label && ((Label) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(Label other) {
        return key.compareTo(other.key);
    }
}

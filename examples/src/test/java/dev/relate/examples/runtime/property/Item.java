package dev.relate.examples.runtime.property;

import dev.relate.Backref;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The "many" side of {@link Shelf}'s ends, and a self-referential one-to-many with a
 * {@code NavigableSet} end ({@code whole}/{@code parts}). Items sort by their position in the pool.
 */
class Item extends Entity implements Comparable<Item> {
    /** Its position in the test's pool, and its sort key. */
    final int index;

    @ManyToOneRel(backPopulates = "items")
    Shelf shelf;

    @ManyToOneRel(backPopulates = "racked")
    Shelf rack;

    @ManyToOneRel(backPopulates = "queue")
    Shelf queueShelf;

    @Backref
    Shelf bagShelf;

    @Backref
    Shelf coveredShelf;

    /** One-way: nothing points back. */
    @ManyToOneRel
    Shelf origin;

    @ManyToOneRel(backPopulates = "parts")
    Item whole;

    @OneToManyRel(backPopulates = "whole")
    NavigableSet<Item> parts = new TreeSet<>();

    Item(int index) {
        this.index = index;
    }

    @Override
    public int compareTo(Item other) {
        return Integer.compare(index, other.index);
    }
}

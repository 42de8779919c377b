package dev.relate.examples.runtime.property;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The "one" side of every collection kind a one-to-many end can have, and of one-way ends: the
 * objects of {@link StorageWorld}. Two fields start out {@code null}, so the helpers create them.
 */
class Shelf extends Entity {
    /** Its position in the test's pool. */
    final int index;

    /** One-to-many, a {@code SortedSet}. */
    @OneToManyRel(backPopulates = "shelf")
    SortedSet<Item> items = new TreeSet<>();

    /** One-to-many, a {@code NavigableSet}. */
    @OneToManyRel(backPopulates = "rack")
    NavigableSet<Item> racked = new TreeSet<>();

    /** One-to-many, a concrete {@code LinkedList} that the helpers create. */
    @OneToManyRel(backPopulates = "queueShelf")
    LinkedList<Item> queue;

    /** One-to-many declared as a {@code Collection}, with backref: {@link Item#bagShelf} is managed. */
    @OneToManyRel(backref = "bagShelf")
    Collection<Item> bag = new ArrayList<>();

    /** One-way, a list that the helpers create. */
    @OneToManyRel
    List<Item> wishlist;

    /** One-way, a hash set. */
    @OneToManyRel
    Set<Item> seen = new HashSet<>();

    /** One-way, a navigable set that the helpers create. */
    @OneToManyRel
    NavigableSet<Item> ranked;

    /** One-to-one with backref: {@link Item#coveredShelf} is managed. */
    @OneToManyRel(uselist = false, backref = "coveredShelf")
    Item cover;

    Shelf(int index) {
        this.index = index;
    }
}

package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.Comparator;
import java.util.NavigableSet;
import java.util.TreeSet;

/** The "one" side of a {@code NavigableSet} end whose {@code TreeSet}, created in the field, orders by a comparator (ids descending). */
class ComparatorParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    NavigableSet<ComparatorChild> children = new TreeSet<>(Comparator.comparingInt((ComparatorChild child) -> child.id).reversed());
}

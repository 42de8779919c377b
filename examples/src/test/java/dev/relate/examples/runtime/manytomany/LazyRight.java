package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.Collection;
import java.util.LinkedList;
import java.util.List;

/** The other sides of {@link LazyLeft}'s ends, null too; {@code navigableIn} is a plain field a backref manages. */
class LazyRight extends Entity implements Comparable<LazyRight> {
    @ManyToManyRel(secondary = "mm_lazy_set", backPopulates = "set")
    List<LazyLeft> setIn;

    @ManyToManyRel(secondary = "mm_lazy_sorted", backPopulates = "sorted")
    Collection<LazyLeft> sortedIn;

    LinkedList<LazyLeft> navigableIn;

    @Override
    public int compareTo(LazyRight other) {
        return Integer.compare(id, other.id);
    }
}

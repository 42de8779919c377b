package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** An element equal to any other of the same key: two equal objects are still two objects to relate. */
class Keyed extends Entity {
    final String key;

    @ManyToOneRel(backPopulates = "hashed")
    KeyedParent hashedIn;

    @ManyToOneRel(backPopulates = "sorted")
    KeyedParent sortedIn;

    @ManyToOneRel(backPopulates = "listed")
    KeyedParent listedIn;

    Keyed(String key) {
        this.key = key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Keyed && ((Keyed) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}

package dev.relate.examples.runtime.nullfield;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.List;

/** A private collection end with a getter and no setter: relate can read it but cannot create it. */
class ReadOnlyParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    private List<ReadOnlyItem> items;

    List<ReadOnlyItem> getItems() {
        return items;
    }

    /** For the test only: not a JavaBeans setter, so relate does not use it. */
    void initialize(List<ReadOnlyItem> items) {
        this.items = items;
    }
}

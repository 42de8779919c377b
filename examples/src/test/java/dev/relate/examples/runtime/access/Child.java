package dev.relate.examples.runtime.access;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** Private scalar ends with JavaBeans accessors that record every write. */
class Child extends Entity {
    @ManyToOneRel(backPopulates = "children")
    private Parent parent;

    @ManyToOneRel(backPopulates = "heir")
    private Parent heirOf;

    int parentReads;
    final List<Parent> parentWrites = new ArrayList<>();
    int heirOfReads;
    final List<Parent> heirOfWrites = new ArrayList<>();

    public Parent getParent() {
        parentReads++;
        return parent;
    }

    public void setParent(Parent parent) {
        parentWrites.add(parent);
        this.parent = parent;
    }

    Parent getHeirOf() {
        heirOfReads++;
        return heirOf;
    }

    void setHeirOf(Parent heirOf) {
        heirOfWrites.add(heirOf);
        this.heirOf = heirOf;
    }

    /** The fields themselves, for the test to read without counting. */
    Parent parent() {
        return parent;
    }

    Parent heirOf() {
        return heirOf;
    }
}

package dev.relate.examples.runtime.access;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.List;

/** Private ends with JavaBeans accessors that count their calls: relate must go through them. */
class Parent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    private List<Child> children;

    @OneToManyRel(uselist = false, backPopulates = "heirOf")
    private Child heir;

    int childrenReads;
    int childrenWrites;
    int heirReads;
    int heirWrites;

    List<Child> getChildren() {
        childrenReads++;
        return children;
    }

    void setChildren(List<Child> children) {
        childrenWrites++;
        this.children = children;
    }

    Child getHeir() {
        heirReads++;
        return heir;
    }

    void setHeir(Child heir) {
        heirWrites++;
        this.heir = heir;
    }

    /** The fields themselves, for the test to read without counting. */
    List<Child> children() {
        return children;
    }

    Child heir() {
        return heir;
    }
}

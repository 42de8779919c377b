package dev.relate.examples.runtime.property;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * The object the property test works on: a self-referential one-to-many list end (a tree), the
 * scalar end of a one-to-many set end ({@link Group#members}), a self-referential one-to-one
 * ({@code next}/{@code prev}, spelled {@code uselist = false}) and a one-to-one with another class
 * ({@link Badge}, spelled {@code @OneToOneRel}).
 */
class Vertex extends Entity {
    /** Its position in the test's pool, for choices that must not depend on identity hash codes. */
    final int index;

    @ManyToOneRel(backPopulates = "children")
    Vertex parent;

    @OneToManyRel(backPopulates = "parent", position = "rank")
    List<Vertex> children = new ArrayList<>();

    /** Its index in its parent's children, kept by relate; -1 without a parent. */
    int rank = -1;

    @ManyToOneRel(backPopulates = "members")
    Group group;

    @OneToManyRel(uselist = false, backPopulates = "prev")
    Vertex next;

    @ManyToOneRel(backPopulates = "next")
    Vertex prev;

    @OneToOneRel(mappedBy = "vertex")
    Badge badge;

    Vertex(int index) {
        this.index = index;
    }
}

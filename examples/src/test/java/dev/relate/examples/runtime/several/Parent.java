package dev.relate.examples.runtime.several;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Three relationships to the same class, each with its own other end. */
class Parent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    List<Child> children = new ArrayList<>();

    @OneToManyRel(backPopulates = "favoriteOf")
    Set<Child> favorites = new LinkedHashSet<>();

    @OneToManyRel(uselist = false, backPopulates = "eldestOf")
    Child eldest;
}

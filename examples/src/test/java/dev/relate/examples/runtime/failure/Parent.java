package dev.relate.examples.runtime.failure;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** A one-to-many list end whose list a test may replace with an unmodifiable one. */
class Parent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    List<Child> children = new ArrayList<>();
}

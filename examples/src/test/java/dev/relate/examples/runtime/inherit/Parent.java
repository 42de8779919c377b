package dev.relate.examples.runtime.inherit;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** Its backPopulates names a field {@link Child} inherits. */
class Parent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    List<Child> children = new ArrayList<>();
}

package dev.relate.examples.runtime.inherit;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** Declares the collection end that {@link Owner} inherits. */
abstract class BaseOwner extends Entity {
    @OneToManyRel(backPopulates = "owner")
    List<Pet> pets = new ArrayList<>();
}

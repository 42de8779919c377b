package dev.relate.examples.runtime.oneway;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One-way collection ends: SQLAlchemy's plain {@code relationship("Fruit")}; nothing points back. */
class Basket extends Entity {
    @OneToManyRel
    List<Fruit> fruits;

    @OneToManyRel
    Set<Fruit> favorites = new LinkedHashSet<>();
}

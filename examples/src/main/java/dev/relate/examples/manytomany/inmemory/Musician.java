package dev.relate.examples.manytomany.inmemory;

import dev.relate.ManyToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A many-to-many kept in memory only: no {@code secondary}, so no association table, no table class,
 * and no id on either class (SQLAlchemy's {@code relationship()} between objects that are never
 * stored).
 */
public class Musician {
    final String name;

    @ManyToManyRel(backPopulates = "members")
    Set<Band> bands = new LinkedHashSet<>();

    public Musician(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}

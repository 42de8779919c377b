package dev.relate.examples.manytomany;

import dev.relate.ManyToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** SQLAlchemy's {@code parents = relationship("Parent", secondary=association_table, back_populates="children")}. */
public class Child {
    final int id;

    @ManyToManyRel(secondary = "association", backPopulates = "children")
    Set<Parent> parents = new LinkedHashSet<>();

    public Child(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Child(" + id + ")";
    }
}

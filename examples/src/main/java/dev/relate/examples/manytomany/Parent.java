package dev.relate.examples.manytomany;

import dev.relate.ManyToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** SQLAlchemy's {@code children = relationship("Child", secondary=association_table, back_populates="parents")}. */
public class Parent {
    final int id;

    @ManyToManyRel(secondary = "association", backPopulates = "parents")
    Set<Child> children = new LinkedHashSet<>();

    public Parent(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Parent(" + id + ")";
    }
}

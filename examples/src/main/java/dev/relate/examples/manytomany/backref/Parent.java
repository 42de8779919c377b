package dev.relate.examples.manytomany.backref;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLAlchemy's {@code children = relationship("Child", secondary=..., backref="parents")}: one
 * declaration, and the declaring class is the left one of the table.
 */
public class Parent {
    final int id;

    @ManyToManyRel(secondary = "parent_child", backref = "parents")
    List<Child> children = new ArrayList<>();

    public Parent(int id) {
        this.id = id;
    }
}

package dev.relate.examples.manytoone;

import dev.relate.ManyToOneRel;

/**
 * Many parents point at one child: SQLAlchemy's {@code child = relationship("Child", backref="parents")}.
 * This one declaration manages both ends.
 */
public class Parent {
    final int id;

    @ManyToOneRel(backref = "parents")
    Child child;

    public Parent(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Parent(" + id + ")";
    }
}

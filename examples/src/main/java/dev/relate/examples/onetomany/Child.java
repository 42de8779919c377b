package dev.relate.examples.onetomany;

import dev.relate.ManyToOneRel;

/** The "many" side: SQLAlchemy's {@code parent = relationship("Parent", back_populates="children")}. */
public class Child {
    final int id;

    @ManyToOneRel(backPopulates = "children")
    Parent parent;

    public Child(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Child(" + id + ")";
    }
}

package dev.relate.examples.onetoone;

import dev.relate.ManyToOneRel;

/** SQLAlchemy's {@code parent = relationship("Parent", back_populates="child")}: a scalar on both sides. */
public class Child {
    final int id;

    @ManyToOneRel(backPopulates = "child")
    Parent parent;

    public Child(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Child(" + id + ")";
    }
}

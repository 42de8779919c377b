package dev.relate.examples.onetoone;

import dev.relate.OneToManyRel;

/** SQLAlchemy's {@code child = relationship("Child", uselist=False, back_populates="parent")}. */
public class Parent {
    final int id;

    @OneToManyRel(uselist = false, backPopulates = "parent")
    Child child;

    public Parent(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Parent(" + id + ")";
    }
}

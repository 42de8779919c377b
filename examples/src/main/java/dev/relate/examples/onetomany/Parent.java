package dev.relate.examples.onetomany;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The "one" side: SQLAlchemy's {@code children = relationship("Child", back_populates="parent")}. */
public class Parent {
    final int id;

    @OneToManyRel(backPopulates = "parent")
    List<Child> children = new ArrayList<>();

    public Parent(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Parent(" + id + ")";
    }
}

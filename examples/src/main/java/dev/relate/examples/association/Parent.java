package dev.relate.examples.association;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** SQLAlchemy's {@code children = relationship("Association", back_populates="parent")}. */
public class Parent {
    final int id;

    @OneToManyRel(backPopulates = "parent")
    List<Association> children = new ArrayList<>();

    public Parent(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Parent(" + id + ")";
    }
}

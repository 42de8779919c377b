package dev.relate.examples.association;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** SQLAlchemy's {@code parents = relationship("Association", back_populates="child")}. */
public class Child {
    final int id;

    @OneToManyRel(backPopulates = "child")
    List<Association> parents = new ArrayList<>();

    public Child(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Child(" + id + ")";
    }
}

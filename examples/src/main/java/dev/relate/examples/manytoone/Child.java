package dev.relate.examples.manytoone;

import dev.relate.Backref;
import java.util.ArrayList;
import java.util.List;

/** The end that the backref on {@link Parent#child} installs (Java cannot add a field, so it is declared here). */
public class Child {
    final int id;

    @Backref
    List<Parent> parents = new ArrayList<>();

    public Child(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Child(" + id + ")";
    }
}

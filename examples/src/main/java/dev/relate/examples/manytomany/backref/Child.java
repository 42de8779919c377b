package dev.relate.examples.manytomany.backref;

import dev.relate.Backref;
import java.util.ArrayList;
import java.util.List;

/** The end that the backref on {@link Parent#children} manages. */
public class Child {
    final int id;

    @Backref
    List<Parent> parents = new ArrayList<>();

    public Child(int id) {
        this.id = id;
    }
}

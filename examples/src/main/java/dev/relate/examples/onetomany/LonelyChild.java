package dev.relate.examples.onetomany;

import dev.relate.ManyToOneRel;

/** A one-way relationship, SQLAlchemy's plain {@code relationship("Parent")}: nothing points back. */
public class LonelyChild {
    final int id;

    @ManyToOneRel
    Parent parent;

    public LonelyChild(int id) {
        this.id = id;
    }
}

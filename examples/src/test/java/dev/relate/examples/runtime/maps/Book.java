package dev.relate.examples.runtime.maps;

import dev.relate.ManyToOneRel;

/**
 * A book, held in its shelf's map under its position: a private field that generated code reads
 * through its getter, which a test can make throw.
 */
public class Book {
    private int position;

    @ManyToOneRel(backPopulates = "books")
    Shelf shelf;

    /** When set, reading the position throws: a user's accessor that fails. */
    boolean failing;

    public Book(int position) {
        this.position = position;
    }

    public int getPosition() {
        if (failing) {
            throw new IllegalStateException("position of " + this + " unavailable");
        }
        return position;
    }

    void setPositionDirectly(int position) {
        this.position = position;
    }

    @Override
    public String toString() {
        return "book" + position;
    }
}

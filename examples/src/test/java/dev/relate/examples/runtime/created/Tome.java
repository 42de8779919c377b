package dev.relate.examples.runtime.created;

import dev.relate.ManyToOneRel;

/** The scalar end of {@code Shelf.tomes}, whose {@code compareTo} throws while the trap is armed. */
class Tome implements Comparable<Tome> {
    final String title;

    @ManyToOneRel(backPopulates = "tomes")
    Shelf shelf;

    Tome(String title) {
        this.title = title;
    }

    @Override
    public int compareTo(Tome other) {
        Trap.check("Tome.compareTo");
        return title.compareTo(other.title);
    }
}

package dev.relate.examples.runtime.created;

import dev.relate.ManyToOneRel;

/** The scalar end of {@code Pen.hens}, whose {@code hashCode} throws while the trap is armed. */
class Hen {
    @ManyToOneRel(backPopulates = "hens")
    Pen pen;

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        Trap.check("Hen.hashCode");
        return System.identityHashCode(this);
    }
}

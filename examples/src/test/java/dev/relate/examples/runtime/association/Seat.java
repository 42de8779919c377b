package dev.relate.examples.runtime.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/**
 * An association object equal to every other seat with its number: a set of seats refuses a second
 * one, so a link can fail half-way through.
 */
@AssociationObject
class Seat extends Entity {
    @ManyToOneRel(backPopulates = "seats")
    Theater theater;

    @ManyToOneRel(backPopulates = "seats")
    Guest guest;

    final int number;

    Seat(int number) {
        this.number = number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Seat && ((Seat) other).number == number;
    }

    @Override
    public int hashCode() {
        return number;
    }
}

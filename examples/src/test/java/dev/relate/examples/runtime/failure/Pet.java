package dev.relate.examples.runtime.failure;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/**
 * A private many-to-one end whose setter throws for some values, as a validating setter does: a
 * closed shelter, or no owner at all for a pet that must have one.
 */
class Pet extends Entity {
    boolean mustHaveOwner;

    @ManyToOneRel(backPopulates = "pets")
    private Shelter owner;

    Shelter getOwner() {
        return owner;
    }

    void setOwner(Shelter owner) {
        if (owner == null && mustHaveOwner) {
            throw new IllegalStateException(this + " must have an owner");
        }
        if (owner != null && owner.closed) {
            throw new IllegalStateException(owner + " is closed");
        }
        this.owner = owner;
    }
}

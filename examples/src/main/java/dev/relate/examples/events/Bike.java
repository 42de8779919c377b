package dev.relate.examples.events;

import dev.relate.ManyToOneRel;

/** A bike in a rack's slot; {@code slot} is its key in {@link Rack#bikes}. */
public class Bike {
    final String name;
    final boolean electric;
    int slot;
    @ManyToOneRel(backPopulates = "bikes")
    Rack rack;

    public Bike(String name, int slot, boolean electric) {
        this.name = name;
        this.slot = slot;
        this.electric = electric;
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.relate.examples.runtime.maps;

import dev.relate.ManyToOneRel;

/** Held in its case under its number. */
public class Volume {
    final int number;

    @ManyToOneRel(backPopulates = "volumes")
    Case bookcase;

    public Volume(int number) {
        this.number = number;
    }

    @Override
    public String toString() {
        return "volume" + number;
    }
}

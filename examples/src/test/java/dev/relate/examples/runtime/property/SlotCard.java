package dev.relate.examples.runtime.property;

import dev.relate.ManyToOneRel;

/** Held in its rack's sorted map under its slot. */
class SlotCard {
    final int number;
    Integer slot;

    @ManyToOneRel(backPopulates = "cards")
    Rack rack;

    SlotCard(int number, Integer slot) {
        this.number = number;
        this.slot = slot;
    }

    @Override
    public String toString() {
        return "card" + number + "(" + slot + ")";
    }
}

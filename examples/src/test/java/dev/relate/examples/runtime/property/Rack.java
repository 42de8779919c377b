package dev.relate.examples.runtime.property;

import dev.relate.OneToManyRel;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The "one" side of a sorted map end keyed by {@code SlotCard.slot}, ordered by a comparator that ticks {@link Faults}. */
class Rack {
    final int number;

    @OneToManyRel(backPopulates = "rack", key = "slot")
    NavigableMap<Integer, SlotCard> cards = new TreeMap<>(Faults.comparing(Integer::intValue));

    Rack(int number) {
        this.number = number;
    }

    @Override
    public String toString() {
        return "rack" + number;
    }
}

package dev.relate.examples.runtime.property;

import dev.relate.ManyToOneRel;

/**
 * The element side of {@link KeptPositionsPropertyTest}: its index is private, with accessors, and
 * the setter counts the writes of each card.
 */
class Card {
    final int id;

    @ManyToOneRel(backPopulates = "cards")
    Deck deck;

    private int index = -1;

    /** How many times relate wrote {@code index}. */
    int writes;

    Card(int id) {
        this.id = id;
    }

    int getIndex() {
        return index;
    }

    void setIndex(int index) {
        writes++;
        this.index = index;
    }

    @Override
    public String toString() {
        return "Card" + id;
    }
}

package dev.relate.examples.runtime.property;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The owner side of {@link KeptPositionsPropertyTest}: a list that keeps each card's index. */
class Deck {
    final int id;

    @OneToManyRel(backPopulates = "deck", position = "index")
    List<Card> cards = new ArrayList<>();

    Deck(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Deck" + id;
    }
}

package dev.relate.examples.events;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import java.util.ArrayList;
import java.util.List;

/** An artist who plays one instrument, its key in {@link Combo#lineup}, in any number of combos. */
public class Artist {
    final String name;
    final String instrument;
    final int fee;
    @ManyToManyRel(backPopulates = "lineup")
    List<Combo> combos = new ArrayList<>();
    final List<String> log = new ArrayList<>();

    public Artist(String name, String instrument, int fee) {
        this.name = name;
        this.instrument = instrument;
        this.fee = fee;
    }

    @OnChange("combos")
    void combosChanged(Combo combo, boolean linked) {
        log.add((linked ? "joined " : "left ") + combo);
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.relate.examples.events;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A jazz combo's line-up, one artist per instrument (a map-keyed many-to-many): it pays no more than
 * its budget per night, and logs who comes and goes.
 */
public class Combo {
    final String name;
    final int budget;
    @ManyToManyRel(backPopulates = "combos", key = "instrument")
    Map<String, Artist> lineup = new TreeMap<>();
    final List<String> log = new ArrayList<>();

    public Combo(String name, int budget) {
        this.name = name;
        this.budget = budget;
    }

    /** Refuses an artist above the budget: relate calls it before each link and unlink of {@code lineup}. */
    @Validates("lineup")
    void checkArtist(Artist artist, boolean linking) {
        if (linking && artist.fee > budget) {
            throw new IllegalStateException(name + " pays " + budget + ", " + artist + " asks " + artist.fee);
        }
    }

    /** Hears an artist pushed out of the line-up, from either side, as an unlink. */
    @OnChange("lineup")
    void lineupChanged(Artist artist, boolean linked) {
        log.add((linked ? "+" : "-") + artist);
    }

    @Override
    public String toString() {
        return name;
    }
}

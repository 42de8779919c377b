package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import java.util.List;

/**
 * Held in each of its albums' maps under its title, a private field read through a getter that
 * ticks {@link Faults}; its own end is a list that may throw ({@link FaultyList}).
 */
class Genre {
    final int number;
    private String title;

    @ManyToManyRel(backPopulates = "genres")
    List<Album> albums = new FaultyList<>();

    Genre(int number, String title) {
        this.number = number;
        this.title = title;
    }

    String getTitle() {
        Faults.tick();
        return title;
    }

    /** The title as it is, without a tick: for the test's own reads. */
    String title() {
        return title;
    }

    /** Changes the key attribute directly, as a user's code may while the genre is in a map. */
    void retitle(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return "genre" + number + "(" + title + ")";
    }
}

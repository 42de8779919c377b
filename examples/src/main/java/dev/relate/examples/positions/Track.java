package dev.relate.examples.positions;

import dev.relate.ManyToOneRel;

/** A track: {@code rank} is its index in its playlist's tracks, -1 in none. */
public class Track {
    final String title;

    @ManyToOneRel(backPopulates = "tracks")
    Playlist playlist;

    int rank = -1;

    public Track(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title + "#" + rank;
    }
}

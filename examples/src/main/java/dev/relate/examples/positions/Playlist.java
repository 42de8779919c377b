package dev.relate.examples.positions;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A playlist whose tracks know their place in it: relate keeps {@code Track.rank} equal to the index. */
public class Playlist {
    final String name;

    @OneToManyRel(backPopulates = "playlist", position = "rank")
    List<Track> tracks = new ArrayList<>();

    public Playlist(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}

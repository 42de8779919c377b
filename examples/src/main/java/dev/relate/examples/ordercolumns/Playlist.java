package dev.relate.examples.ordercolumns;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A playlist whose songs come back from the database in the order they were saved in. */
public class Playlist {
    public final long id;
    public final String name;

    @ManyToManyRel(secondary = "playlist_song", backPopulates = "playlists", orderColumn = "song_position")
    List<Song> songs = new ArrayList<>();

    public Playlist(long id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}

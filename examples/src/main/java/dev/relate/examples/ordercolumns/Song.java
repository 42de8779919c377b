package dev.relate.examples.ordercolumns;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A song, whose list of playlists keeps its own order (the left end of {@code playlist_song}). */
public class Song {
    public final long id;
    public final String title;

    @ManyToManyRel(secondary = "playlist_song", backPopulates = "songs", orderColumn = "playlist_position")
    List<Playlist> playlists = new ArrayList<>();

    public Song(long id, String title) {
        this.id = id;
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}

package dev.relate.examples.runtime.manytomany.ordered;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * A left end whose order the table stores: {@code playlists} comes before {@code songs}, so a
 * {@link Song} is the left object of {@code oc_playlist_song}, and {@code Playlist.songs} the right
 * end.
 */
class Playlist {
    Long id;

    @ManyToManyRel(secondary = "oc_playlist_song", backPopulates = "playlists", orderColumn = "song_position")
    List<Song> songs = new ArrayList<>();

    Playlist(long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Playlist#" + id;
    }
}

package dev.relate.examples.runtime.manytomany.ordered;

import dev.relate.ManyToManyRel;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;

/**
 * The left class of {@code oc_playlist_song}, both of whose ends store their order (this one in a
 * {@code LinkedList}, which is no {@code RandomAccess}), and of {@code oc_song_mood}, where only the
 * other end, a list, stores its order and this end is a set.
 */
class Song {
    String id;

    @ManyToManyRel(secondary = "oc_playlist_song", backPopulates = "songs", orderColumn = "playlist_position")
    List<Playlist> playlists = new LinkedList<>();

    @ManyToManyRel(secondary = "oc_song_mood", backPopulates = "songs")
    Set<Mood> moods = new HashSet<>();

    Song(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Song#" + id;
    }
}

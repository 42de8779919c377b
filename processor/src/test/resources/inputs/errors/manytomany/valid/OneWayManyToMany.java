package test.valid.manytomany;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A one-way many-to-many: helpers for the declaring class only, and the table of both classes. */
public class OneWayManyToMany {
    public static class Playlist {
        long id;

        @ManyToManyRel(secondary = "playlist_song", leftColumn = "playlist_id", rightColumn = "song_id")
        List<Song> songs = new ArrayList<>();
    }

    public static class Song {
        private final String id;

        public Song(String id) {
            this.id = id;
        }

        public String getId() {
            return id;
        }
    }
}

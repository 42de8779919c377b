package golden.ordercolumns;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Playlist {
    long id;

    @ManyToManyRel(secondary = "playlist_song", backPopulates = "playlists", orderColumn = "song_order")
    List<Song> songs = new ArrayList<>();
}

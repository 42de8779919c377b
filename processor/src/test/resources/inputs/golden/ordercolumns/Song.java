package golden.ordercolumns;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class Song {
    String id;

    @ManyToManyRel(secondary = "playlist_song", backPopulates = "songs", orderColumn = "playlist_order")
    List<Playlist> playlists = new ArrayList<>();

    @ManyToManyRel(secondary = "song_tag", backPopulates = "songs")
    Set<Tag> tags = new HashSet<>();
}

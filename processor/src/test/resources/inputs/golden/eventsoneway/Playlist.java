package golden.eventsoneway;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.List;

public class Playlist {
    @OneToManyRel
    List<Song> songs;

    @Validates("songs")
    void checkSong(Song song, boolean linking) {
    }

    @OnChange("songs")
    void songsChanged(Song song, boolean linked) {
    }
}

package golden.eventsoneway;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;
import dev.relate.Validates;
import java.util.List;

public class Playlist {
    @OneToManyRel
    List<Song> songs;

    @ManyToOneRel
    Song opener;

    @OneToOneRel
    Song encore;

    @ManyToOneRel
    Song closer;

    @Validates("songs")
    void checkSong(Song song, boolean linking) {
    }

    @OnChange("songs")
    void songsChanged(Song song, boolean linked) {
    }

    @Validates("opener")
    void checkOpener(Song song, boolean linking) {
    }

    @OnChange("opener")
    void openerChanged(Song song, boolean linked) {
    }

    @OnChange("encore")
    void encoreChanged(Song song, boolean linked) {
    }
}

package golden.positions;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A playlist: each track's rank is kept equal to its index in the list. */
public class Playlist {
    @OneToManyRel(backPopulates = "playlist", position = "rank")
    private List<Track> tracks = new ArrayList<>();

    public List<Track> getTracks() {
        return tracks;
    }

    public void setTracks(List<Track> tracks) {
        this.tracks = tracks;
    }
}

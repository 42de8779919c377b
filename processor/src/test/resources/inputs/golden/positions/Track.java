package golden.positions;

import dev.relate.ManyToOneRel;

/** A track of a playlist; its rank is private, with accessors. */
public class Track {
    @ManyToOneRel(backPopulates = "tracks")
    private Playlist playlist;

    private int rank = -1;

    public Playlist getPlaylist() {
        return playlist;
    }

    public void setPlaylist(Playlist playlist) {
        this.playlist = playlist;
    }

    public int getRank() {
        return rank;
    }

    public void setRank(int rank) {
        this.rank = rank;
    }
}

package golden.associationpositions;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** A song on a playlist, with its place on each side; both places are saved in the table. */
@AssociationObject(table = "playlist_entries")
public class Entry {
    @ManyToOneRel(backPopulates = "entries")
    Playlist playlist;

    @ManyToOneRel(backPopulates = "appearances")
    Song song;

    int rank = -1;

    int songRank = -1;
}

package golden.associationpositions;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A playlist: each entry's rank is kept equal to its index in the playlist's entries. */
public class Playlist {
    long id;

    @OneToManyRel(backPopulates = "playlist", position = "rank")
    List<Entry> entries = new ArrayList<>();
}

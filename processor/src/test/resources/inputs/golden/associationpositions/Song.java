package golden.associationpositions;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A song: each entry's songRank is kept equal to its index in the song's appearances. */
public class Song {
    long id;

    @OneToManyRel(backPopulates = "song", position = "songRank")
    List<Entry> appearances = new ArrayList<>();
}

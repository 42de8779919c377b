package golden.ordercolumns;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Tag {
    int id;

    @ManyToManyRel(secondary = "song_tag", backPopulates = "tags", orderColumn = "song_order")
    List<Song> songs = new ArrayList<>();
}

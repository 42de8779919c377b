package golden.maps;

import dev.relate.OneToManyRel;
import java.util.NavigableMap;
import java.util.TreeMap;

public class Shelf {
    @OneToManyRel(backPopulates = "shelf", key = "position")
    NavigableMap<Integer, Note> byPosition = new TreeMap<>();
}

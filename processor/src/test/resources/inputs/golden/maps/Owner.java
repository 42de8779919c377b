package golden.maps;

import dev.relate.OneToManyRel;
import java.util.HashMap;
import java.util.Map;

public class Owner {
    @OneToManyRel(backPopulates = "owner", key = "keyword")
    Map<String, Note> notes = new HashMap<>();
}

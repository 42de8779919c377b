package golden.mapsmanytomany;

import dev.relate.ManyToManyRel;
import java.util.HashMap;
import java.util.Map;

public class Post {
    long id;

    @ManyToManyRel(secondary = "post_tag", backPopulates = "posts", key = "name")
    Map<String, Tag> tags = new HashMap<>();
}

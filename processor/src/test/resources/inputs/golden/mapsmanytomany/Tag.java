package golden.mapsmanytomany;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Tag {
    long id;
    String name;

    @ManyToManyRel(secondary = "post_tag", backPopulates = "tags")
    List<Post> posts = new ArrayList<>();
}

package golden.eventsmapmanytomany;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.LinkedHashMap;
import java.util.Map;

public class Post {
    long id;

    @ManyToManyRel(secondary = "post_tag", backPopulates = "posts", key = "name")
    Map<String, Tag> tags = new LinkedHashMap<>();

    @Validates("tags")
    void checkTag(Tag tag, boolean linking) {
    }

    @OnChange("tags")
    void tagsChanged(Tag tag, boolean linked) {
    }
}

package test.errors.shared;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class Parent {
    int id;

    @ManyToManyRel(secondary = "parent_tags")
    Set<Tag> tags;

    public static class Tag {
        int id;
    }
}

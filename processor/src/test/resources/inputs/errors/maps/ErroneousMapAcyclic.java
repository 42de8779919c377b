package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.HashMap;
import java.util.Map;

public class ErroneousMapAcyclic {
    static class Folder {
        String name;

        @OneToManyRel(backPopulates = "parent", key = "name", acyclic = true)
        Map<String, Folder> children = new HashMap<>();

        @ManyToOneRel(backPopulates = "children")
        Folder parent;
    }
}

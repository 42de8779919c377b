package golden.tree;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A folder: its items are a tree, so a folder cannot be moved into itself or into one of its folders. */
public class Folder extends Item {
    @OneToManyRel(backPopulates = "parent", acyclic = true)
    List<Item> children = new ArrayList<>();

    public Folder(String name) {
        super(name);
    }
}

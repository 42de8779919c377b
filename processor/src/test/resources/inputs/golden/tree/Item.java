package golden.tree;

import dev.relate.ManyToOneRel;

/** An item of a file tree: a folder holds items, itself among them (Folder extends Item). */
public class Item {
    final String name;

    @ManyToOneRel(backPopulates = "children")
    Folder parent;

    public Item(String name) {
        this.name = name;
    }
}

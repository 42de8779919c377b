package dev.relate.examples.tree;

import dev.relate.ManyToOneRel;

/**
 * An item of a file tree, a file or a {@link Folder}: every item has at most one parent folder. The
 * end is declared here once, and a folder, an item too, inherits it.
 */
public class Item {
    final String name;

    @ManyToOneRel(backPopulates = "children")
    Folder parent;

    public Item(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.relate.examples.tree;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder: SQLAlchemy's adjacency list over a class hierarchy. A folder holds items, folders among
 * them, and the tree is declared acyclic, so that a folder cannot be moved into itself or into one of
 * its own subfolders.
 */
public class Folder extends Item {
    @OneToManyRel(backPopulates = "parent", acyclic = true)
    List<Item> children = new ArrayList<>();

    public Folder(String name) {
        super(name);
    }
}

package dev.relate.examples.tree;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder tree: SQLAlchemy's adjacency list, declared acyclic, so that a folder cannot be moved into
 * itself or into one of its own subfolders.
 */
public class Folder {
    final String name;

    @ManyToOneRel(backPopulates = "children")
    Folder parent;

    @OneToManyRel(backPopulates = "parent", acyclic = true)
    List<Folder> children = new ArrayList<>();

    public Folder(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}

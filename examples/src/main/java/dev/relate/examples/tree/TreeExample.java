package dev.relate.examples.tree;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * Trees without cycles: {@code acyclic = true} on a self-referential one-to-many refuses a link that
 * would make an object its own ancestor, and changes nothing.
 */
public final class TreeExample {
    private TreeExample() {
    }

    public static void run(PrintStream out) {
        out.println("== Trees without cycles (acyclic) ==");
        Folder home = new Folder("home");
        Folder docs = new Folder("docs");
        Folder drafts = new Folder("drafts");
        FolderRelations.setParent(docs, home);
        FolderRelations.addToChildren(docs, drafts);
        out.println("home > docs > drafts                       -> " + path(drafts));

        try {
            FolderRelations.setParent(home, drafts);
        } catch (IllegalArgumentException refused) {
            out.println("setParent(home, drafts)                    -> refused: " + refused.getMessage());
        }
        out.println("after the refusal                          -> home.parent " + home.parent
                + ", drafts.children " + drafts.children);

        try {
            FolderRelations.children(docs).add(docs);
        } catch (IllegalArgumentException refused) {
            out.println("docs.children.add(docs)                    -> refused: " + refused.getMessage());
        }

        Folder trash = new Folder("trash");
        try {
            FolderRelations.setChildren(drafts, Arrays.asList(trash, home));
        } catch (IllegalArgumentException refused) {
            out.println("setChildren(drafts, [trash, home])         -> refused, trash.parent " + trash.parent
                    + " (all or nothing)");
        }

        FolderRelations.setParent(drafts, home);
        out.println("move drafts up to home                     -> " + path(drafts) + ", home.children "
                + home.children);
    }

    /** The folder's path from its root, walking up the parents. */
    static String path(Folder folder) {
        StringBuilder path = new StringBuilder(folder.name);
        for (Folder up = folder.parent; up != null; up = up.parent) {
            path.insert(0, up.name + "/");
        }
        return "/" + path;
    }
}

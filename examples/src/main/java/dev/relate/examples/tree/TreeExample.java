package dev.relate.examples.tree;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * Trees without cycles: {@code acyclic = true} on a self-referential one-to-many refuses a link that
 * would make an object its own ancestor, and changes nothing. The tree's items are files and folders
 * ({@code Folder extends Item}): the parent end is declared on {@code Item}, and its helpers serve both.
 */
public final class TreeExample {
    private TreeExample() {
    }

    public static void run(PrintStream out) {
        out.println("== Trees without cycles (acyclic) ==");
        Folder home = new Folder("home");
        Folder docs = new Folder("docs");
        Folder drafts = new Folder("drafts");
        Item notes = new Item("notes.txt");
        ItemRelations.setParent(docs, home);
        FolderRelations.addToChildren(docs, drafts);
        ItemRelations.setParent(notes, drafts);
        out.println("home > docs > drafts > notes.txt           -> " + path(notes));

        try {
            ItemRelations.setParent(home, drafts);
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

        ItemRelations.setParent(drafts, home);
        out.println("move drafts up to home                     -> " + path(notes) + ", home.children "
                + home.children);
    }

    /** The item's path from its root, walking up the parents. */
    static String path(Item item) {
        StringBuilder path = new StringBuilder(item.name);
        for (Folder up = item.parent; up != null; up = up.parent) {
            path.insert(0, up.name + "/");
        }
        return "/" + path;
    }
}

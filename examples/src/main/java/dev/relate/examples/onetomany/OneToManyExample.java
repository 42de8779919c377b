package dev.relate.examples.onetomany;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The seed's "One To Many" section: setting child.parent puts the child into parent.children. */
public final class OneToManyExample {
    private OneToManyExample() {
    }

    public static void run(PrintStream out) {
        out.println("== One To Many ==");
        Parent parent = new Parent(1);
        Child child = new Child(5);
        ChildRelations.setParent(child, parent);
        out.println("child.parent = parent                      -> parent.children ids " + ids(parent.children));

        Parent other = new Parent(2);
        ParentRelations.addToChildren(other, child);
        out.println("add child to other.children                -> parent.children ids " + ids(parent.children)
                + ", other.children ids " + ids(other.children) + ", child.parent " + child.parent);

        ParentRelations.children(other).remove(child);
        out.println("remove child through the live view         -> other.children ids " + ids(other.children)
                + ", child.parent " + child.parent);
        // each end's views are a class of their own, which names the end's constant: see docs/performance.md
        List<Child> view = ParentRelations.children(other);
        String viewClass = view.getClass().getName().substring(Parent.class.getPackage().getName().length() + 1);
        out.println("the view children(other) is a " + view.getClass().getSuperclass().getSimpleName()
                + " made for this end (" + viewClass + "): its add and remove call ParentRelations.CHILDREN,"
                + " which the JIT inlines as in addToChildren");

        Parent third = new Parent(3);
        LonelyChild lonely = new LonelyChild(7);
        LonelyChildRelations.setParent(lonely, third);
        out.println("one-way lonely.parent = third              -> third.children ids " + ids(third.children)
                + " (nothing points back, as without back_populates)");
    }

    static List<Integer> ids(List<Child> children) {
        List<Integer> ids = new ArrayList<>();
        for (Child child : children) {
            ids.add(child.id);
        }
        return ids;
    }
}

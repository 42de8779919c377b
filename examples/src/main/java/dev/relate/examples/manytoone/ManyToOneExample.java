package dev.relate.examples.manytoone;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The seed's "Many To One" section, with backref = "parents". */
public final class ManyToOneExample {
    private ManyToOneExample() {
    }

    public static void run(PrintStream out) {
        out.println("== Many To One (backref \"parents\") ==");
        Child child = new Child(10);
        Parent first = new Parent(1);
        Parent second = new Parent(2);
        ParentRelations.setChild(first, child);
        ParentRelations.setChild(second, child);
        out.println("first.child = second.child = child         -> child.parents ids " + ids(child.parents));

        ChildRelations.removeFromParents(child, first);
        out.println("remove first from child.parents            -> first.child " + first.child
                + ", child.parents ids " + ids(child.parents));

        Child other = new Child(20);
        ParentRelations.setChild(second, other);
        out.println("second.child = other                       -> child.parents ids " + ids(child.parents)
                + ", other.parents ids " + ids(other.parents));
    }

    static List<Integer> ids(List<Parent> parents) {
        List<Integer> ids = new ArrayList<>();
        for (Parent parent : parents) {
            ids.add(parent.id);
        }
        return ids;
    }
}

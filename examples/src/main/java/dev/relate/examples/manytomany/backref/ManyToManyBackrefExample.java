package dev.relate.examples.manytomany.backref;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The seed's "Many to Many" section, backref form, stored in H2 and read back. */
public final class ManyToManyBackrefExample {
    private ManyToManyBackrefExample() {
    }

    public static void run(PrintStream out) throws SQLException {
        out.println("== Many to Many (backref \"parents\") ==");
        Parent parent = new Parent(1);
        Child a = new Child(10);
        Child b = new Child(20);
        ParentRelations.setChildren(parent, Arrays.asList(a, b));
        out.println("parent.children = [a, b]                   -> a.parents ids " + parentIds(a.parents)
                + ", b.parents ids " + parentIds(b.parents));
        ChildRelations.parents(b).clear();
        out.println("b.parents.clear()                          -> parent.children ids " + childIds(parent.children));

        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:relate_many_to_many_backref")) {
            ParentChildTable.createTable(connection);
            ParentChildTable.saveLinks(connection, Arrays.asList(parent));
            Parent loaded = new Parent(1);
            Child loadedA = new Child(10);
            ParentChildTable.loadLinks(connection, Arrays.asList(loaded), Arrays.asList(loadedA, new Child(20)));
            out.println("stored in " + ParentChildTable.NAME + " (" + ParentChildTable.LEFT_COLUMN + ", "
                    + ParentChildTable.RIGHT_COLUMN + ") and read back -> parent 1 children "
                    + childIds(loaded.children) + ", child 10 parents " + parentIds(loadedA.parents));
        }
    }

    static List<Integer> parentIds(List<Parent> parents) {
        List<Integer> ids = new ArrayList<>();
        for (Parent parent : parents) {
            ids.add(parent.id);
        }
        return ids;
    }

    static List<Integer> childIds(List<Child> children) {
        List<Integer> ids = new ArrayList<>();
        for (Child child : children) {
            ids.add(child.id);
        }
        return ids;
    }
}

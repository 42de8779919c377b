package dev.relate.examples.manytomany;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The seed's "Many to Many" section, back_populates form: links made from either side show on the
 * other, then go through the association table of an embedded H2 database and back into fresh objects.
 */
public final class ManyToManyExample {
    private ManyToManyExample() {
    }

    public static void run(PrintStream out) throws SQLException {
        out.println("== Many to Many (back_populates) ==");
        Parent first = new Parent(1);
        Parent second = new Parent(2);
        Child a = new Child(10);
        Child b = new Child(20);
        ParentRelations.addToChildren(first, a);
        ParentRelations.children(first).add(b);
        out.println("first.children += a, b                     -> a.parents ids " + parentIds(a.parents)
                + ", b.parents ids " + parentIds(b.parents));
        ChildRelations.addToParents(b, second);
        out.println("b.parents += second                        -> second.children ids " + childIds(second.children));
        ParentRelations.removeFromChildren(first, a);
        out.println("remove a from first.children               -> a.parents ids " + parentIds(a.parents)
                + ", first.children ids " + childIds(first.children));

        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:relate_many_to_many")) {
            AssociationTable.createTable(connection);
            int rows = AssociationTable.saveLinks(connection, Arrays.asList(first, second));
            List<Parent> parents = Arrays.asList(new Parent(1), new Parent(2));
            List<Child> children = Arrays.asList(new Child(10), new Child(20));
            int links = AssociationTable.loadLinks(connection, parents, children);
            out.println("saved " + rows + " rows in table " + AssociationTable.NAME + ", loaded " + links
                    + " links into fresh objects -> parent 1 children " + childIds(parents.get(0).children)
                    + ", parent 2 children " + childIds(parents.get(1).children) + ", child 20 parents "
                    + parentIds(children.get(1).parents));
        }
    }

    static List<Integer> parentIds(Collection<Parent> parents) {
        List<Integer> ids = new ArrayList<>();
        for (Parent parent : parents) {
            ids.add(parent.id);
        }
        return ids;
    }

    static List<Integer> childIds(Collection<Child> children) {
        List<Integer> ids = new ArrayList<>();
        for (Child child : children) {
            ids.add(child.id);
        }
        return ids;
    }
}

package dev.relate.examples.association;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** The seed's "Association object" section, then the same links through typed navigation. */
public final class AssociationObjectExample {
    private AssociationObjectExample() {
    }

    public static void run(PrintStream out) throws SQLException {
        out.println("== Association object ==");
        // create parent, append a child via association
        Parent p = new Parent(1);
        Association a = new Association("some data");
        AssociationRelations.setChild(a, new Child(5));
        ParentRelations.children(p).add(a);

        // iterate through child objects via association, including association attributes
        for (Association assoc : p.children) {
            out.println(assoc.extraData);
            out.println(assoc.child);
        }

        Child other = new Child(6);
        AssociationRelations.link(p, other, new Association("more data"));
        out.println("link(p, Child(6), more data)               -> p.childOfChildren "
                + ParentRelations.childOfChildren(p) + ", Child(6).parentOfParents "
                + ChildRelations.parentOfParents(other));

        AssociationRelations.find(p, other).extraData = "changed";
        out.println("find(p, Child(6)).extraData = changed      -> " + extraData(p));

        Child first = a.child;
        AssociationRelations.unlink(p, first);
        out.println("unlink(p, Child(5))                        -> p.childOfChildren "
                + ParentRelations.childOfChildren(p) + ", a.parent " + a.parent + ", a.child " + a.child
                + ", Child(5).parents " + first.parents.size());

        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:relate_association_object")) {
            AssociationObjectTable.createTable(connection);
            AssociationRelations.link(p, first, new Association("back again"));
            int rows = AssociationObjectTable.saveLinks(connection, Arrays.asList(p));
            Parent loaded = new Parent(1);
            List<Child> children = Arrays.asList(new Child(5), new Child(6));
            AssociationObjectTable.loadLinks(connection, Arrays.asList(loaded), children);
            out.println("saved " + rows + " rows in " + AssociationObjectTable.NAME + ", loaded into fresh objects -> "
                    + extraData(loaded));
        }
    }

    private static String extraData(Parent parent) {
        StringBuilder data = new StringBuilder("[");
        for (Association association : parent.children) {
            data.append(data.length() > 1 ? ", " : "").append(association.child).append(": ")
                    .append(association.extraData);
        }
        return data.append("]").toString();
    }
}

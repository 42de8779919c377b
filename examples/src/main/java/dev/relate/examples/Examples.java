package dev.relate.examples;

import dev.relate.examples.association.AssociationObjectExample;
import dev.relate.examples.association.unique.UniqueAssociationExample;
import dev.relate.examples.diagram.DiagramExample;
import dev.relate.examples.entity.EntityMethodsExample;
import dev.relate.examples.events.EventsExample;
import dev.relate.examples.manytomany.ManyToManyExample;
import dev.relate.examples.maps.MapKeyedExample;
import dev.relate.examples.maps.manytomany.ManyToManyMapExample;
import dev.relate.examples.manytomany.backref.ManyToManyBackrefExample;
import dev.relate.examples.manytomany.inmemory.InMemoryManyToManyExample;
import dev.relate.examples.manytoone.ManyToOneExample;
import dev.relate.examples.onetomany.OneToManyExample;
import dev.relate.examples.onetoone.OneToOneExample;
import dev.relate.examples.ordercolumns.OrderColumnsExample;
import dev.relate.examples.positions.PositionsExample;
import dev.relate.examples.positions.association.AssociationPositionsExample;
import dev.relate.examples.tree.TreeExample;
import java.io.PrintStream;
import java.sql.SQLException;

/** Runs every example, one section per relationship pattern of the SQLAlchemy notes. */
public final class Examples {
    private Examples() {
    }

    public static void main(String[] args) throws SQLException {
        run(System.out);
    }

    public static void run(PrintStream out) throws SQLException {
        OneToManyExample.run(out);
        out.println();
        ManyToOneExample.run(out);
        out.println();
        OneToOneExample.run(out);
        out.println();
        ManyToManyExample.run(out);
        out.println();
        ManyToManyBackrefExample.run(out);
        out.println();
        InMemoryManyToManyExample.run(out);
        out.println();
        AssociationObjectExample.run(out);
        out.println();
        UniqueAssociationExample.run(out);
        TreeExample.run(out);
        out.println();
        PositionsExample.run(out);
        AssociationPositionsExample.run(out);
        OrderColumnsExample.run(out);
        MapKeyedExample.run(out);
        ManyToManyMapExample.run(out);
        DiagramExample.run(out);
        EntityMethodsExample.run(out);
        EventsExample.run(out);
    }
}

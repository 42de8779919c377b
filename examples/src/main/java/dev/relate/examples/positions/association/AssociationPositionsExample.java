package dev.relate.examples.positions.association;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Kept positions on the lists of association objects: a {@code Slot} links a stage and a band, and
 * each side keeps its own position of the slot ({@code place} in the stage's running order,
 * {@code tourStop} in the band's gigs). Both are saved columns, so a save and a load bring both
 * orders back, where loading alone would link in the order of the ids.
 */
public final class AssociationPositionsExample {
    private AssociationPositionsExample() {
    }

    public static void run(PrintStream out) throws SQLException {
        out.println("== Kept positions on association objects (position = \"place\", \"tourStop\") ==");
        Stage main = new Stage(1, "main");
        Stage side = new Stage(2, "side");
        Band alpha = new Band(1, "alpha");
        Band beta = new Band(2, "beta");
        Band gamma = new Band(3, "gamma");
        SlotRelations.link(main, beta);
        SlotRelations.link(main, gamma);
        SlotRelations.link(side, beta);
        SlotRelations.link(side, alpha);
        out.println("link main: beta, gamma; side: beta, alpha  -> main " + running(main) + ", beta " + tour(beta));

        Slot opener = new Slot();
        SlotRelations.setBand(opener, alpha);
        StageRelations.slots(main).add(0, opener);
        out.println("slots(main).add(0, alpha's new slot)       -> main " + running(main) + ", alpha " + tour(alpha));

        BandRelations.gigs(beta).sort(Comparator.comparing((Slot s) -> s.stage.name).reversed());
        out.println("gigs(beta).sort(by stage, descending)      -> beta " + tour(beta) + ", main " + running(main));

        SlotRelations.unlink(main, beta);
        out.println("unlink(main, beta)                         -> main " + running(main) + ", beta " + tour(beta));

        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:relate_association_positions")) {
            StageSlotsTable.createTable(connection);
            int rows = StageSlotsTable.saveLinks(connection, Arrays.asList(main, side));
            Stage freshMain = new Stage(1, "main");
            Stage freshSide = new Stage(2, "side");
            Band freshAlpha = new Band(1, "alpha");
            StageSlotsTable.loadLinks(connection, Arrays.asList(freshMain, freshSide),
                    Arrays.asList(freshAlpha, new Band(2, "beta"), new Band(3, "gamma")));
            // in the order of the ids, alpha's gigs would be [main, side]
            out.println("saved " + rows + " rows, loaded into fresh objects -> main " + running(freshMain)
                    + ", alpha " + tour(freshAlpha) + " (saved order, not the ids')");
        }
    }

    /** A stage's slots as {@code band#place}. */
    private static List<String> running(Stage stage) {
        List<String> slots = new ArrayList<>();
        for (Slot slot : stage.slots) {
            slots.add(slot.band + "#" + slot.place);
        }
        return slots;
    }

    /** A band's gigs as {@code stage#tourStop}. */
    private static List<String> tour(Band band) {
        List<String> gigs = new ArrayList<>();
        for (Slot slot : band.gigs) {
            gigs.add(slot.stage + "#" + slot.tourStop);
        }
        return gigs;
    }
}

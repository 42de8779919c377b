package dev.relate.examples.runtime.positions.associations;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.db.ConnectedCases;
import dev.relate.examples.runtime.db.TestDatabase;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Kept positions saved as extra columns of {@code ap_placings}, on H2 and on PostgreSQL: a save and a
 * load give fresh objects both lists of placings in the saved order, even where no one order of
 * linking could (the charts' order and the records' order cross), and keep each placing's extra data.
 */
class StoredAssociationPositionsTest {
    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class OnPostgreSQL extends Cases {
        OnPostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    abstract static class Cases extends ConnectedCases {
        Cases(TestDatabase db) {
            super(db);
        }

        @BeforeEach
        void createTable() throws SQLException {
            ApPlacingsTable.createTable(connection);
        }

        private static String names(List<Placing> list) {
            StringBuilder names = new StringBuilder();
            for (Placing placing : list) {
                names.append(placing.chart.id).append('/').append(placing.record.id).append(' ');
            }
            return names.toString().trim();
        }

        @Test
        void aSaveAndALoadKeepBothOrders() throws SQLException {
            Chart c1 = new Chart(1);
            Chart c2 = new Chart(2);
            Record r1 = new Record(1);
            Record r2 = new Record(2);
            Record r3 = new Record(3);
            // c1: r3 r1 r2; c2: r1 r3; r1: c2 c1 (against the ids); r3: c1 c2
            PlacingRelations.link(c1, r3).note = "c1 r3";
            PlacingRelations.link(c2, r1).note = "c2 r1";
            PlacingRelations.link(c1, r1).note = "c1 r1";
            PlacingRelations.link(c1, r2);
            PlacingRelations.link(c2, r3);
            assertThat(names(c1.placings)).isEqualTo("1/3 1/1 1/2");
            assertThat(names(r1.placings)).isEqualTo("2/1 1/1");
            assertThat(ApPlacingsTable.saveLinks(connection, List.of(c1, c2))).isEqualTo(5);

            Chart d1 = new Chart(1);
            Chart d2 = new Chart(2);
            Record s1 = new Record(1);
            Record s2 = new Record(2);
            Record s3 = new Record(3);
            assertThat(ApPlacingsTable.loadLinks(connection, List.of(d1, d2), List.of(s1, s2, s3))).isEqualTo(5);
            assertThat(names(d1.placings)).isEqualTo("1/3 1/1 1/2");
            assertThat(names(d2.placings)).isEqualTo("2/1 2/3");
            assertThat(names(s1.placings)).isEqualTo("2/1 1/1");
            assertThat(names(s3.placings)).isEqualTo("1/3 2/3");
            assertThat(d1.placings.get(0).note).isEqualTo("c1 r3");
            assertThat(s1.placings.get(0).note).isEqualTo("c2 r1");
            for (List<Placing> list : List.of(d1.placings, d2.placings)) {
                for (int i = 0; i < list.size(); i++) {
                    assertThat(list.get(i).getRank()).isEqualTo(i);
                }
            }
            for (List<Placing> list : List.of(s1.placings, s2.placings, s3.placings)) {
                for (int i = 0; i < list.size(); i++) {
                    assertThat(list.get(i).recordRank).isEqualTo(i);
                }
            }
            // loading twice changes nothing
            assertThat(ApPlacingsTable.loadLinks(connection, List.of(d1, d2), List.of(s1, s2, s3))).isEqualTo(0);
            assertThat(names(d1.placings)).isEqualTo("1/3 1/1 1/2");
        }

        @Test
        void loadedPlacingsFollowThoseAListHeldAndGapsAreClosed() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                // ranks with a gap and a repeat, as a hand-edited table may hold
                statement.execute("INSERT INTO ap_placings (left_id, right_id, rank, record_rank) VALUES"
                        + " (1, 1, 7, 0), (1, 2, 3, 0), (1, 3, 3, 0)");
            }
            Chart chart = new Chart(1);
            Record held = new Record(9);
            Placing first = PlacingRelations.link(chart, held);
            Record s1 = new Record(1);
            Record s2 = new Record(2);
            Record s3 = new Record(3);
            assertThat(ApPlacingsTable.loadLinks(connection, List.of(chart), List.of(s1, s2, s3))).isEqualTo(3);
            // the placing held before stays first; equal ranks keep the order of the ids
            assertThat(names(chart.placings)).isEqualTo("1/9 1/2 1/3 1/1");
            assertThat(first.getRank()).isEqualTo(0);
            for (int i = 0; i < chart.placings.size(); i++) {
                assertThat(chart.placings.get(i).getRank()).isEqualTo(i);
            }
        }
    }
}

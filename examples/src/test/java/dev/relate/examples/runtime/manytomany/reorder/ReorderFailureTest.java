package dev.relate.examples.runtime.manytomany.reorder;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.db.ConnectedCases;
import dev.relate.examples.runtime.db.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A load that puts the links a list gained in the order of its order column, where the list's own
 * {@code set} throws halfway through that order: the list never holds an element twice or loses one.
 * Unobserved, the links stay as linking made them; where a class listens to the end, the load is one
 * operation, and nothing of it stays.
 */
class ReorderFailureTest {
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
        void createTables() throws SQLException {
            RoLineupRunnerTable.createTable(connection);
            RoRosterRowerTable.createTable(connection);
            RoRelayRunnerTable.createTable(connection);
        }

        @AfterEach
        void disarm() {
            SettingList.disarm();
        }

        @Test
        void aSetThatThrowsWhileOrderingLeavesTheLinksAsLinkingMadeThem() throws SQLException {
            Lineup saved = new Lineup(1);
            for (int id : new int[] {3, 1, 2}) {
                LineupRelations.addToRunners(saved, new Runner(id));
            }
            RoLineupRunnerTable.saveLinks(connection, List.of(saved));

            Lineup lineup = new Lineup(1);
            Runner r1 = new Runner(1);
            Runner r2 = new Runner(2);
            Runner r3 = new Runner(3);
            SettingList.failOnSet(2);
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> RoLineupRunnerTable.loadLinks(connection, List.of(lineup), List.of(r1, r2, r3)));

            assertThat(thrown).hasMessageThat().isEqualTo("set refused");
            // linked in the order of the ids, each once, and each runner's end agrees
            assertThat(lineup.runners).containsExactly(r1, r2, r3).inOrder();
            for (Runner runner : List.of(r1, r2, r3)) {
                assertThat(runner.lineups).containsExactly(lineup);
            }
        }

        @Test
        void aListIteratorsSetThatThrowsWhileOrderingLeavesTheLinksAsLinkingMadeThem() throws SQLException {
            Relay saved = new Relay(1);
            for (int id : new int[] {3, 1, 2}) {
                RelayRelations.addToRunners(saved, new Runner(id));
            }
            RoRelayRunnerTable.saveLinks(connection, List.of(saved));

            Relay relay = new Relay(1);
            Runner r1 = new Runner(1);
            Runner r2 = new Runner(2);
            Runner r3 = new Runner(3);
            SettingList.failOnSet(2);
            assertThrows(IllegalStateException.class,
                    () -> RoRelayRunnerTable.loadLinks(connection, List.of(relay), List.of(r1, r2, r3)));

            assertThat(relay.runners).containsExactly(r1, r2, r3).inOrder();
            for (Runner runner : List.of(r1, r2, r3)) {
                assertThat(runner.relays).containsExactly(relay);
            }
        }

        @Test
        void aSetThatThrowsWhileOrderingUndoesAnObservedLoadWhole() throws SQLException {
            Roster saved = new Roster(1);
            for (int id : new int[] {3, 1, 2}) {
                RosterRelations.addToRowers(saved, new Rower(id));
            }
            RoRosterRowerTable.saveLinks(connection, List.of(saved));

            Roster roster = new Roster(1);
            Rower w1 = new Rower(1);
            Rower w2 = new Rower(2);
            Rower w3 = new Rower(3);
            SettingList.failOnSet(2);
            assertThrows(IllegalStateException.class,
                    () -> RoRosterRowerTable.loadLinks(connection, List.of(roster), List.of(w1, w2, w3)));

            assertThat(roster.rowers).isEmpty();
            assertThat(w1.rosters).isEmpty();
            assertThat(w2.rosters).isEmpty();
            assertThat(w3.rosters).isEmpty();
            assertThat(roster.heard).isEmpty();

            SettingList.disarm();
            assertThat(RoRosterRowerTable.loadLinks(connection, List.of(roster), List.of(w1, w2, w3))).isEqualTo(3);
            assertThat(roster.rowers).containsExactly(w3, w1, w2).inOrder();
            assertThat(roster.heard).containsExactly("+Rower#1", "+Rower#2", "+Rower#3").inOrder();
        }
    }
}

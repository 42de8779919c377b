package dev.relate.examples.runtime.association.stored;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import dev.relate.examples.runtime.db.DatabaseCases;
import dev.relate.examples.runtime.db.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An association class with a table: its associations, extra data included, go to a database (H2,
 * and a real PostgreSQL server) and come back into fresh objects; the association's left end is
 * declared by a backref on the left class's collection.
 */
class StoredAssociationTest {
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

    /** Every test, on one database. */
    abstract static class Cases extends DatabaseCases {
        Cases(TestDatabase db) {
            super(db);
        }

        private Connection database() throws SQLException {
            return db.open();
        }

        private static Contract contract(int number, Long bonus, boolean captain, String salary, LocalDate since) {
            Contract contract = new Contract();
            contract.number = number;
            contract.bonus = bonus;
            contract.captain = captain;
            contract.salary = salary == null ? null : new BigDecimal(salary);
            contract.setSince(since);
            contract.note = "not stored";
            return contract;
        }

        private static void assertAgree(List<Team> teams, List<Player> players) {
            List<Contract> all = new ArrayList<>();
            for (Team team : teams) {
                all.addAll(team.contracts);
            }
            Invariants.assertAssociations("Contract", teams, players, all, team -> team.contracts,
                    contract -> contract.team, player -> player.contracts, contract -> contract.player);
        }

        @Test
        void anEndDeclaredByABackrefOnTheCollectionWorksLikeAnyOther() {
            Team team = new Team(1);
            Player anne = new Player("anne");
            Contract contract = ContractRelations.link(team, anne, contract(7, null, true, "10.5", null));
            assertThat(contract.team).isSameInstanceAs(team);
            assertThat(TeamRelations.playerOfContracts(team)).containsExactly(anne);
            assertThat(PlayerRelations.teamOfContracts(anne)).containsExactly(team);
            assertThat(ContractRelations.find(team, anne)).isSameInstanceAs(contract);
            assertThat(ContractRelations.unlink(team, anne)).isEqualTo(1);
            assertThat(team.contracts).isEmpty();
            assertThat(anne.contracts).isEmpty();
            assertThat(contract.team).isNull();
            assertThat(contract.player).isNull();
        }

        @Test
        void theTableClassNamesItsColumnsAndTheirClassesAsAManyToManysDoes() {
            assertThat(TestContractTable.NAME).isEqualTo("test_contract");
            assertThat(TestContractTable.LEFT_COLUMN).isEqualTo("team_id");
            assertThat(TestContractTable.RIGHT_COLUMN).isEqualTo("player_id");
            assertThat(TestContractTable.leftEntity()).isEqualTo(Team.class);
            assertThat(TestContractTable.rightEntity()).isEqualTo(Player.class);
        }

        @Test
        void associationsWithTheirExtraDataSurviveARoundTrip() throws SQLException {
            Team first = new Team(1);
            Team second = new Team(2);
            Player anne = new Player("anne");
            Player bob = new Player("bob");
            ContractRelations.link(first, anne, contract(7, 500L, true, "1234.5000000000", LocalDate.of(2024, 3, 1)));
            ContractRelations.link(first, bob, contract(9, null, false, null, null));
            ContractRelations.link(second, anne, contract(11, 0L, false, "0.0000000000", LocalDate.of(2025, 1, 31)));
            try (Connection connection = database()) {
                TestContractTable.createTable(connection);
                assertThat(TestContractTable.saveLinks(connection, List.of(first, second))).isEqualTo(3);

                List<Team> teams = List.of(new Team(1), new Team(2));
                List<Player> players = List.of(new Player("anne"), new Player("bob"));
                assertThat(TestContractTable.loadLinks(connection, teams, players)).isEqualTo(3);
                assertAgree(teams, players);

                Contract loaded = ContractRelations.find(teams.get(0), players.get(0));
                assertThat(loaded.number).isEqualTo(7);
                assertThat(loaded.bonus).isEqualTo(500L);
                assertThat(loaded.captain).isTrue();
                assertThat(loaded.salary).isEqualTo(new BigDecimal("1234.5000000000"));
                assertThat(loaded.getSince()).isEqualTo(LocalDate.of(2024, 3, 1));
                assertThat(loaded.note).isNull();
                Contract withNulls = ContractRelations.find(teams.get(0), players.get(1));
                assertThat(withNulls.bonus).isNull();
                assertThat(withNulls.salary).isNull();
                assertThat(withNulls.getSince()).isNull();
                assertThat(ContractRelations.find(teams.get(1), players.get(0)).number).isEqualTo(11);
                assertThat(ContractRelations.find(teams.get(1), players.get(1))).isNull();
                assertThat(TeamRelations.playerOfContracts(teams.get(0))).containsExactly(players.get(0), players.get(1))
                        .inOrder();
            }
        }

        @Test
        void theTableHasTheNamedColumnsAndSavingReplacesTheRowsOfTheGivenObjects() throws SQLException {
            Team team = new Team(3);
            Player anne = new Player("anne");
            Contract contract = ContractRelations.link(team, anne, contract(1, null, false, null, null));
            try (Connection connection = database()) {
                TestContractTable.createTable(connection);
                TestContractTable.saveLinks(connection, List.of(team));
                contract.number = 2;
                TestContractTable.saveLinks(connection, List.of(team));
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery(
                                "SELECT team_id, player_id, number, captain FROM test_contract")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getLong(1)).isEqualTo(3L);
                    assertThat(rows.getString(2)).isEqualTo("anne");
                    assertThat(rows.getInt(3)).isEqualTo(2);
                    assertThat(rows.getBoolean(4)).isFalse();
                    assertThat(rows.next()).isFalse();
                }
                assertThat(TestContractTable.CREATE_SQL).contains("PRIMARY KEY (team_id, player_id)");
                assertThat(TestContractTable.CREATE_SQL).doesNotContain("note");
            }
        }

        private int count(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM test_contract")) {
                rows.next();
                return rows.getInt(1);
            }
        }

        /** Two teams and three contracts, saved. */
        private List<Team> saved(Connection connection) throws SQLException {
            Team first = new Team(1);
            Team second = new Team(2);
            ContractRelations.link(first, new Player("anne"), contract(1, null, false, null, null));
            ContractRelations.link(first, new Player("bob"), contract(2, null, false, null, null));
            ContractRelations.link(second, new Player("carl"), contract(3, null, false, null, null));
            TestContractTable.createTable(connection);
            assertThat(TestContractTable.saveLinks(connection, List.of(first, second))).isEqualTo(3);
            return List.of(first, second);
        }

        @Test
        void aPairLinkedTwiceIsRefusedAndTheTableIsLeftAsItWas() throws SQLException {
            try (Connection connection = database()) {
                List<Team> teams = saved(connection);
                Player anne = teams.get(0).contracts.get(0).player;
                Contract again = ContractRelations.link(teams.get(0), anne, contract(4, null, false, null, null));
                assertThat(teams.get(0).contracts).hasSize(3);
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> TestContractTable.saveLinks(connection, teams));
                assertThat(e).hasMessageThat().contains("the association " + again);
                assertThat(e).hasMessageThat().contains("both link the ids (1, anne)");
                assertThat(count(connection)).isEqualTo(3);
            }
        }

        @Test
        void aTeamGivenTwiceIsRefusedAndTheTableIsLeftAsItWas() throws SQLException {
            try (Connection connection = database()) {
                List<Team> teams = saved(connection);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> TestContractTable.saveLinks(connection, List.of(teams.get(0), teams.get(0))));
                assertThat(e).hasMessageThat().contains("is given twice");
                assertThat(count(connection)).isEqualTo(3);
            }
        }

        @Test
        void aStringIdOverItsColumnIsRefusedAndTheTableIsLeftAsItWas() throws SQLException {
            try (Connection connection = database()) {
                List<Team> teams = saved(connection);
                Player wide = new Player("p".repeat(256));
                ContractRelations.link(teams.get(0), wide, contract(5, null, false, null, null));
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> TestContractTable.saveLinks(connection, teams));
                assertThat(e).hasMessageThat().contains("player_id of " + wide + " has 256 characters");
                assertThat(count(connection)).isEqualTo(3);
            }
        }

        @Test
        void valuesTheirColumnsWouldRoundOrRefuseAreRefusedAndTheTableIsLeftAsItWas() throws SQLException {
            assertThat(TestContractTable.CREATE_SQL).contains("grade VARCHAR(3)");
            try (Connection connection = database()) {
                List<Team> teams = saved(connection);
                Contract contract = teams.get(0).contracts.get(0);
                contract.fee = new BigDecimal("9.999");
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> TestContractTable.saveLinks(connection, teams));
                assertThat(e).hasMessageThat().contains("the value of fee of " + contract
                        + " has 3 digits after the point, more than the 2 its column keeps");
                contract.fee = new BigDecimal("123456789.5");
                e = assertThrows(IllegalStateException.class, () -> TestContractTable.saveLinks(connection, teams));
                assertThat(e).hasMessageThat().contains("has 9 digits before the point, more than the 8 its column");
                contract.fee = new BigDecimal("12345678.50");
                contract.salary = new BigDecimal("0.00000000001");
                e = assertThrows(IllegalStateException.class, () -> TestContractTable.saveLinks(connection, teams));
                assertThat(e).hasMessageThat().contains("the value of salary of " + contract + " has 11 digits after");
                contract.salary = null;
                contract.grade = "AAAA";
                e = assertThrows(IllegalStateException.class, () -> TestContractTable.saveLinks(connection, teams));
                assertThat(e).hasMessageThat().contains("the value of grade of " + contract
                        + " has 4 characters, more than the 3 of its column");
                assertThat(count(connection)).isEqualTo(3);
                contract.grade = "AAA";
                assertThat(TestContractTable.saveLinks(connection, teams)).isEqualTo(3);
            }
        }

        @Test
        void aFailureInTheDatabaseUnderAutocommitLeavesTheTableAsItWas() throws SQLException {
            try (Connection connection = database()) {
                List<Team> teams = saved(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE test_contract ADD CONSTRAINT positive_number CHECK (number > 0)");
                }
                teams.get(1).contracts.get(0).number = -1;
                SQLException e = assertThrows(SQLException.class,
                        () -> TestContractTable.saveLinks(connection, teams));
                assertThat(e.getMessage()).contains("the table is as it was");
                assertThat(connection.getAutoCommit()).isTrue();
                assertThat(count(connection)).isEqualTo(3);
            }
        }

        @Test
        void insideTheCallersTransactionAFailureUndoesOnlyTheSave() throws SQLException {
            try (Connection connection = database()) {
                List<Team> teams = saved(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE test_contract ADD CONSTRAINT positive_number CHECK (number > 0)");
                    statement.execute("CREATE TABLE audit (note VARCHAR(20))");
                }
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO audit (note) VALUES ('before')");
                }
                teams.get(1).contracts.get(0).number = -1;
                assertThrows(SQLException.class, () -> TestContractTable.saveLinks(connection, teams));
                assertThat(connection.getAutoCommit()).isFalse();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO audit (note) VALUES ('after')");
                }
                connection.commit();
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM audit")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(2);
                }
                assertThat(count(connection)).isEqualTo(3);
            }
        }

        @Test
        void loadingTwiceChangesNothing() throws SQLException {
            try (Connection connection = database()) {
                saved(connection);
                List<Team> teams = List.of(new Team(1), new Team(2));
                List<Player> players = List.of(new Player("anne"), new Player("bob"), new Player("carl"));
                assertThat(TestContractTable.loadLinks(connection, teams, players)).isEqualTo(3);
                Contract anne = ContractRelations.find(teams.get(0), players.get(0));
                anne.number = 42;
                assertThat(TestContractTable.loadLinks(connection, teams, players)).isEqualTo(0);
                assertThat(teams.get(0).contracts).hasSize(2);
                assertThat(teams.get(1).contracts).hasSize(1);
                assertThat(players.get(0).contracts).containsExactly(anne);
                assertThat(anne.number).isEqualTo(42);
                assertAgree(teams, players);
            }
        }

        @Test
        void bigDecimalsComeBackEqualByCompareToOrExactlyWithADeclaredScale() throws SQLException {
            Team team = new Team(6);
            Contract contract = contract(1, null, false, "9.99", null);
            contract.fee = new BigDecimal("9.99");
            ContractRelations.link(team, new Player("anne"), contract);
            assertThat(TestContractTable.CREATE_SQL).contains("salary NUMERIC(38, 10)");
            assertThat(TestContractTable.CREATE_SQL).contains("fee NUMERIC(10, 2)");
            try (Connection connection = database()) {
                TestContractTable.createTable(connection);
                TestContractTable.saveLinks(connection, List.of(team));
                Team fresh = new Team(6);
                Player anne = new Player("anne");
                TestContractTable.loadLinks(connection, List.of(fresh), List.of(anne));
                Contract loaded = ContractRelations.find(fresh, anne);
                // the default NUMERIC(38, 10) keeps the value, with ten decimals
                assertThat(loaded.salary).isEquivalentAccordingToCompareTo(new BigDecimal("9.99"));
                assertThat(loaded.salary).isEqualTo(new BigDecimal("9.9900000000"));
                // @Column(precision = 10, scale = 2) gives back what was stored
                assertThat(loaded.fee).isEqualTo(new BigDecimal("9.99"));
            }
        }

        @Test
        void loadingASubsetSkipsRowsOfObjectsNotGiven() throws SQLException {
            Team team = new Team(4);
            ContractRelations.link(team, new Player("anne"), contract(1, null, false, null, null));
            ContractRelations.link(team, new Player("bob"), contract(2, null, false, null, null));
            try (Connection connection = database()) {
                TestContractTable.createTable(connection);
                TestContractTable.saveLinks(connection, List.of(team));
                Team fresh = new Team(4);
                Player bob = new Player("bob");
                assertThat(TestContractTable.loadLinks(connection, List.of(fresh), List.of(bob))).isEqualTo(1);
                assertThat(TeamRelations.playerOfContracts(fresh)).containsExactly(bob);
                assertAgree(List.of(fresh), List.of(bob));
            }
        }

        @Test
        void anObjectWithoutIdChangesNothingInTheTable() throws SQLException {
            Team team = new Team(5);
            ContractRelations.link(team, new Player("anne"), contract(1, null, false, null, null));
            try (Connection connection = database()) {
                TestContractTable.createTable(connection);
                TestContractTable.saveLinks(connection, List.of(team));
                ContractRelations.link(team, new Player(null), contract(2, null, false, null, null));
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> TestContractTable.saveLinks(connection, List.of(team)));
                assertThat(e).hasMessageThat().contains("has no id");
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM test_contract")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(1);
                }
            }
        }
    }
}

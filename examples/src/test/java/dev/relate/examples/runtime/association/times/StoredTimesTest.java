package dev.relate.examples.runtime.association.times;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.db.DatabaseCases;
import dev.relate.examples.runtime.db.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Time values in an association's table (H2, and a real PostgreSQL server): columns that keep
 * microseconds on both, values in whole microseconds come back as they went in (an
 * {@code OffsetDateTime} the same instant, in UTC on PostgreSQL), and finer values are refused before
 * anything is written, as the database would round them.
 */
class StoredTimesTest {
    private static final LocalTime STARTS = LocalTime.of(10, 0, 0, 123_456_000);
    private static final LocalDateTime BOOKED = LocalDateTime.of(2024, 3, 1, 8, 30, 15, 654_321_000);
    private static final OffsetDateTime CONFIRMED = OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 123_456_000,
            ZoneOffset.ofHours(2));

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

        private static Worker linked() {
            Worker worker = new Worker(1);
            Shift shift = new Shift();
            shift.starts = STARTS;
            shift.booked = BOOKED;
            shift.confirmed = CONFIRMED;
            ShiftRelations.link(worker, new Site(2), shift);
            return worker;
        }

        private static Shift loaded(Connection connection) throws SQLException {
            Worker worker = new Worker(1);
            Site site = new Site(2);
            assertThat(TestShiftTable.loadLinks(connection, List.of(worker), List.of(site))).isEqualTo(1);
            return ShiftRelations.find(worker, site);
        }

        @Test
        void everyTimeColumnKeepsMicroseconds() {
            assertThat(TestShiftTable.CREATE_SQL).contains("starts TIME(6)");
            assertThat(TestShiftTable.CREATE_SQL).contains("booked TIMESTAMP(6)");
            assertThat(TestShiftTable.CREATE_SQL).contains("confirmed TIMESTAMP(6) WITH TIME ZONE");
        }

        @Test
        void timesInWholeMicrosecondsComeBackAsTheyWentIn() throws SQLException {
            try (Connection connection = db.open()) {
                TestShiftTable.createTable(connection);
                assertThat(TestShiftTable.saveLinks(connection, List.of(linked()))).isEqualTo(1);
                Shift shift = loaded(connection);
                assertThat(shift.starts).isEqualTo(STARTS);
                assertThat(shift.booked).isEqualTo(BOOKED);
                // the same instant; PostgreSQL keeps no offset, and gives it back in UTC
                assertThat(shift.confirmed.isEqual(CONFIRMED)).isTrue();
                if (db == TestDatabase.POSTGRESQL) {
                    assertThat(shift.confirmed.getOffset()).isEqualTo(ZoneOffset.UTC);
                    assertThat(shift.confirmed).isNotEqualTo(CONFIRMED);
                } else {
                    assertThat(shift.confirmed).isEqualTo(CONFIRMED);
                }
            }
        }

        @Test
        void timesFinerThanMicrosecondsAreRefusedAndTheTableIsLeftAsItWas() throws SQLException {
            try (Connection connection = db.open()) {
                TestShiftTable.createTable(connection);
                Worker worker = linked();
                TestShiftTable.saveLinks(connection, List.of(worker));
                Shift shift = worker.shifts.get(0);
                shift.starts = LocalTime.of(11, 0, 0, 123_456_789);
                assertRefused(connection, worker, "the value of starts of " + shift + " has 9 digits after the point"
                        + " of its seconds, more than the 6 its column keeps (the database would round it)");
                shift.starts = STARTS;
                shift.booked = BOOKED.withNano(100);
                assertRefused(connection, worker, "the value of booked of " + shift + " has 7 digits after the point");
                shift.booked = BOOKED;
                shift.confirmed = CONFIRMED.withNano(123_456_780);
                assertRefused(connection, worker, "the value of confirmed of " + shift + " has 8 digits after");
                shift.confirmed = CONFIRMED.withNano(999_999_000).withHour(11);
                assertThat(TestShiftTable.saveLinks(connection, List.of(worker))).isEqualTo(1);
                assertThat(loaded(connection).confirmed.isEqual(shift.confirmed)).isTrue();
            }
        }

        private static void assertRefused(Connection connection, Worker worker, String message) throws SQLException {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> TestShiftTable.saveLinks(connection, List.of(worker)));
            assertThat(e).hasMessageThat().contains(message);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT starts, booked FROM test_shift")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getObject(1, LocalTime.class)).isEqualTo(STARTS);
                assertThat(rows.getObject(2, LocalDateTime.class)).isEqualTo(BOOKED);
                assertThat(rows.next()).isFalse();
            }
        }
    }
}

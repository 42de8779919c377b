package dev.relate.examples.runtime.association.unique;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import dev.relate.examples.runtime.db.DatabaseCases;
import dev.relate.examples.runtime.db.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A unique association class with a table (H2, and a real PostgreSQL server): memory holds a pair
 * once, as the table's primary key {@code (reader_id, book_id)} does, and rows naming a pair twice
 * (a table made by another tool, without that key) load as one association.
 */
class StoredUniqueAssociationTest {
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

        private static void assertAgree(List<Reader> readers, List<Book> books) {
            Invariants.assertAssociations("Review", readers, books, List.<Review>of(), reader -> reader.reviews,
                    review -> review.reader, book -> book.reviews, review -> review.book);
        }

        @Test
        void theTablesKeyIsThePairThatMemoryHoldsOnce() throws SQLException {
            assertThat(TestReviewTable.CREATE_SQL).contains("PRIMARY KEY (reader_id, book_id)");
            Reader ann = new Reader(1);
            Book dune = new Book(10);
            Book emma = new Book(11);
            ReviewRelations.link(ann, dune, new Review(5));
            ReviewRelations.link(ann, emma, new Review(3));
            try (Connection connection = db.open()) {
                TestReviewTable.createTable(connection);
                assertThat(TestReviewTable.saveLinks(connection, List.of(ann))).isEqualTo(2);
                try (Statement statement = connection.createStatement()) {
                    assertThrows(SQLException.class, () -> statement.executeUpdate(
                            "INSERT INTO test_review (reader_id, book_id, stars) VALUES (1, 10, 1)"));
                }
                Reader fresh = new Reader(1);
                List<Book> books = List.of(new Book(10), new Book(11));
                assertThat(TestReviewTable.loadLinks(connection, List.of(fresh), books)).isEqualTo(2);
                assertThat(ReviewRelations.find(fresh, books.get(0)).stars).isEqualTo(5);
                assertThat(ReviewRelations.find(fresh, books.get(1)).stars).isEqualTo(3);
                assertThat(TestReviewTable.loadLinks(connection, List.of(fresh), books)).isEqualTo(0);
                assertAgree(List.of(fresh), books);
            }
        }

        @Test
        void rowsNamingAPairTwiceLoadAsOneAssociation() throws SQLException {
            try (Connection connection = db.open()) {
                try (Statement statement = connection.createStatement()) {
                    // a table made by another tool, without the primary key relate's CREATE_SQL gives it
                    statement.executeUpdate("CREATE TABLE test_review (reader_id BIGINT NOT NULL,"
                            + " book_id BIGINT NOT NULL, stars INTEGER NOT NULL)");
                    statement.executeUpdate("INSERT INTO test_review (reader_id, book_id, stars) VALUES"
                            + " (1, 10, 5), (1, 10, 2), (1, 11, 4), (2, 10, 1)");
                }
                List<Reader> readers = List.of(new Reader(1), new Reader(2));
                List<Book> books = List.of(new Book(10), new Book(11));
                assertThat(TestReviewTable.loadLinks(connection, readers, books)).isEqualTo(3);
                assertThat(readers.get(0).reviews).hasSize(2);
                assertThat(books.get(0).reviews).hasSize(2);
                assertAgree(readers, books);
                Review kept = ReviewRelations.find(readers.get(0), books.get(0));
                assertThat(kept.stars).isAnyOf(5, 2);
                assertThat(TestReviewTable.loadLinks(connection, readers, books)).isEqualTo(0);
                assertThat(readers.get(0).reviews).hasSize(2);
            }
        }
    }
}

package dev.relate.examples.runtime.manytomany;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import dev.relate.examples.runtime.db.ConnectedCases;
import dev.relate.examples.runtime.db.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The generated association table classes against real databases, an in-memory H2 and a PostgreSQL
 * server started by the tests: each test gets a database (or schema) of its own. Graphs are saved with
 * {@code saveLinks}, loaded into fresh objects with {@code loadLinks}, and compared by ids in both
 * directions.
 *
 * <p>The tables: {@code mm_authorship} (Book {@code Long} ids in {@code book_id} of {@code mm_book},
 * Author {@code Long} ids of {@code mm_author}: two foreign keys), {@code mm_enrollment} (Student
 * {@code String} ids of {@code mm_student}, Course {@code UUID}s with no table: one foreign key),
 * {@code mm_coverage} (Zone {@code String} ids, Sensor {@code long} ids, no tables: no foreign key),
 * {@code mm_page_link} (Page to Page, {@code Integer} ids of {@code mm_page}) and {@code mm_node_link}
 * (Node to Node, {@code int} ids, no table).
 */
class LinkTableTest {
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
    abstract static class Cases extends ConnectedCases {
        Cases(TestDatabase db) {
            super(db);
        }

        // --- SQL helpers ---

        private void insert(String table, String column, Collection<?> ids) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (" + column + ") VALUES (?)")) {
                for (Object id : ids) {
                    insert.setObject(1, id);
                    insert.executeUpdate();
                }
            }
        }

        private void insertRow(String table, String left, String right, Object leftId, Object rightId)
                throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (" + left + ", " + right + ") VALUES (?, ?)")) {
                insert.setObject(1, leftId);
                insert.setObject(2, rightId);
                insert.executeUpdate();
            }
        }

        /** The table's rows as {@code "left->right"}. */
        private Set<String> rows(String table, String left, String right) throws SQLException {
            Set<String> rows = new TreeSet<>();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT " + left + ", " + right + " FROM " + table)) {
                while (result.next()) {
                    rows.add(result.getObject(1) + "->" + result.getObject(2));
                }
            }
            return rows;
        }

        private Set<String> authorshipRows() throws SQLException {
            return rows(MmAuthorshipTable.NAME, MmAuthorshipTable.LEFT_COLUMN, MmAuthorshipTable.RIGHT_COLUMN);
        }

        /** The links of {@code lefts} as rows, {@code "left->right"}: what saving them should store. */
        private static <L, R> Set<String> linksOf(Collection<L> lefts, Function<L, Object> leftId,
                Function<L, Collection<R>> rights, Function<R, Object> rightId) {
            Set<String> rows = new TreeSet<>();
            for (L left : lefts) {
                for (R right : orEmpty(rights.apply(left))) {
                    rows.add(leftId.apply(left) + "->" + rightId.apply(right));
                }
            }
            return rows;
        }

        /** For each object's id, the sorted ids of the objects one of its ends holds. */
        private static <T, U> Map<String, List<String>> graph(Collection<T> objects, Function<T, Object> idOf,
                Function<T, Collection<U>> end, Function<U, Object> otherIdOf) {
            Map<String, List<String>> out = new TreeMap<>();
            for (T object : objects) {
                List<String> ids = new ArrayList<>();
                for (U other : orEmpty(end.apply(object))) {
                    ids.add(String.valueOf(otherIdOf.apply(other)));
                }
                Collections.sort(ids);
                out.put(String.valueOf(idOf.apply(object)), ids);
            }
            return out;
        }

        private static <T> Collection<T> orEmpty(Collection<T> collection) {
            return collection == null ? Collections.<T>emptyList() : collection;
        }

        private static void assertIntegrityViolation(SQLException e) {
            assertWithMessage("SQLState of %s", e.getMessage()).that(e.getSQLState()).startsWith("23");
        }

        // --- the authorship model: books (left) and authors, both with tables ---

        private static final class Library {
            final List<Book> books = new ArrayList<>();
            final List<Author> authors = new ArrayList<>();

            Library(int books, int authors) {
                for (int i = 0; i < books; i++) {
                    this.books.add(new Book(100L + i));
                }
                for (int i = 0; i < authors; i++) {
                    this.authors.add(new Author(200L + i));
                }
            }

            /** Links each pair with the given chance, through a helper of either end. */
            Library linkRandomly(Random random, double chance) {
                for (Book book : books) {
                    for (Author author : authors) {
                        if (random.nextDouble() < chance) {
                            if (random.nextBoolean()) {
                                BookRelations.addToAuthors(book, author);
                            } else {
                                AuthorRelations.books(author).add(book);
                            }
                        }
                    }
                }
                return this;
            }

            /** The same objects by id, with no links, in another order. */
            Library fresh(Random random) {
                Library fresh = new Library(books.size(), authors.size());
                Collections.shuffle(fresh.books, random);
                Collections.shuffle(fresh.authors, random);
                return fresh;
            }

            int links() {
                int links = 0;
                for (Book book : books) {
                    links += book.authors.size();
                }
                return links;
            }

            Set<String> rows() {
                return linksOf(books, book -> book.id, book -> book.authors, author -> author.id);
            }

            void check() {
                Invariants.assertManyToMany("Book.authors", books, authors, book -> book.authors, author -> author.books);
            }

            void assertSameGraphAs(Library other) {
                assertThat(graph(books, book -> book.id, book -> book.authors, author -> author.id))
                        .isEqualTo(graph(other.books, book -> book.id, book -> book.authors, author -> author.id));
                assertThat(graph(authors, author -> author.id, author -> author.books, book -> book.id))
                        .isEqualTo(graph(other.authors, author -> author.id, author -> author.books, book -> book.id));
            }
        }

        private void createAuthorshipTables(Library library) throws SQLException {
            execute("CREATE TABLE mm_book (book_id BIGINT PRIMARY KEY)");
            execute("CREATE TABLE mm_author (id BIGINT PRIMARY KEY)");
            List<Long> bookIds = new ArrayList<>();
            for (Book book : library.books) {
                bookIds.add(book.id);
            }
            List<Long> authorIds = new ArrayList<>();
            for (Author author : library.authors) {
                authorIds.add(author.id);
            }
            insert("mm_book", "book_id", bookIds);
            insert("mm_author", "id", authorIds);
            MmAuthorshipTable.createTable(connection);
        }

        // --- what the table classes say ---

        @Test
        void tableClassesDescribeTheirTables() {
            assertThat(MmAuthorshipTable.NAME).isEqualTo("mm_authorship");
            assertThat(MmAuthorshipTable.LEFT_COLUMN).isEqualTo("left_id");
            assertThat(MmAuthorshipTable.RIGHT_COLUMN).isEqualTo("right_id");
            assertThat(MmAuthorshipTable.leftEntity()).isEqualTo(Book.class);
            assertThat(MmAuthorshipTable.rightEntity()).isEqualTo(Author.class);
            assertThat(MmAuthorshipTable.CREATE_SQL).contains("PRIMARY KEY (left_id, right_id)");
            assertThat(MmAuthorshipTable.CREATE_SQL).contains("FOREIGN KEY (left_id) REFERENCES mm_book (book_id)");
            assertThat(MmAuthorshipTable.CREATE_SQL).contains("FOREIGN KEY (right_id) REFERENCES mm_author (id)");

            assertThat(MmEnrollmentTable.leftEntity()).isEqualTo(Student.class);
            assertThat(MmEnrollmentTable.rightEntity()).isEqualTo(Course.class);
            assertThat(MmEnrollmentTable.CREATE_SQL).contains("PRIMARY KEY (student_id, course_code)");
            assertThat(MmEnrollmentTable.CREATE_SQL).contains("FOREIGN KEY (student_id) REFERENCES mm_student (id)");
            assertThat(MmEnrollmentTable.CREATE_SQL).doesNotContain("FOREIGN KEY (course_code)");

            assertThat(MmCoverageTable.leftEntity()).isEqualTo(Zone.class);
            assertThat(MmCoverageTable.rightEntity()).isEqualTo(Sensor.class);
            assertThat(MmCoverageTable.CREATE_SQL).contains("PRIMARY KEY (left_id, right_id)");
            assertThat(MmCoverageTable.CREATE_SQL).doesNotContain("FOREIGN KEY");

            assertThat(MmPageLinkTable.leftEntity()).isEqualTo(Page.class);
            assertThat(MmPageLinkTable.rightEntity()).isEqualTo(Page.class);
            assertThat(MmPageLinkTable.CREATE_SQL).contains("FOREIGN KEY (from_page) REFERENCES mm_page (id)");
            assertThat(MmPageLinkTable.CREATE_SQL).contains("FOREIGN KEY (to_page) REFERENCES mm_page (id)");

            assertThat(MmNodeLinkTable.CREATE_SQL).contains("PRIMARY KEY (left_node_id, right_node_id)");
            assertThat(MmNodeLinkTable.CREATE_SQL).doesNotContain("FOREIGN KEY");
        }

        @Test
        void createdTablesHaveTheCompositeKeyAndForeignKeysExactlyToDeclaredTables() throws SQLException {
            createAuthorshipTables(new Library(0, 0));
            execute("CREATE TABLE mm_student (id VARCHAR(255) PRIMARY KEY)");
            execute("CREATE TABLE mm_page (id INTEGER PRIMARY KEY)");
            MmEnrollmentTable.createTable(connection);
            MmCoverageTable.createTable(connection);
            MmPageLinkTable.createTable(connection);
            MmNodeLinkTable.createTable(connection);

            assertThat(primaryKey("mm_authorship")).containsExactly("LEFT_ID", "RIGHT_ID").inOrder();
            assertThat(foreignKeys("mm_authorship")).containsExactly("LEFT_ID->MM_BOOK.BOOK_ID", "RIGHT_ID->MM_AUTHOR.ID");
            assertThat(primaryKey("mm_enrollment")).containsExactly("STUDENT_ID", "COURSE_CODE").inOrder();
            assertThat(foreignKeys("mm_enrollment")).containsExactly("STUDENT_ID->MM_STUDENT.ID");
            assertThat(primaryKey("mm_coverage")).containsExactly("LEFT_ID", "RIGHT_ID").inOrder();
            assertThat(foreignKeys("mm_coverage")).isEmpty();
            assertThat(primaryKey("mm_page_link")).containsExactly("FROM_PAGE", "TO_PAGE").inOrder();
            assertThat(foreignKeys("mm_page_link")).containsExactly("FROM_PAGE->MM_PAGE.ID", "TO_PAGE->MM_PAGE.ID");
            assertThat(primaryKey("mm_node_link")).containsExactly("LEFT_NODE_ID", "RIGHT_NODE_ID").inOrder();
            assertThat(foreignKeys("mm_node_link")).isEmpty();

            assertThat(columnTypes("mm_authorship")).containsExactly("LEFT_ID BIGINT", "RIGHT_ID BIGINT");
            assertThat(columnTypes("mm_enrollment")).containsExactly("STUDENT_ID CHARACTER VARYING", "COURSE_CODE UUID");
            assertThat(columnTypes("mm_coverage")).containsExactly("LEFT_ID CHARACTER VARYING", "RIGHT_ID BIGINT");
            assertThat(columnTypes("mm_page_link")).containsExactly("FROM_PAGE INTEGER", "TO_PAGE INTEGER");
        }

        /** The columns of the table's primary key, in key order. */
        private List<String> primaryKey(String table) throws SQLException {
            Map<Short, String> columns = new TreeMap<>();
            try (ResultSet keys = connection.getMetaData().getPrimaryKeys(null, connection.getSchema(),
                    db.identifier(table))) {
                while (keys.next()) {
                    columns.put(keys.getShort("KEY_SEQ"), keys.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
            return new ArrayList<>(columns.values());
        }

        /** The table's foreign keys as {@code "COLUMN->TABLE.COLUMN"}. */
        private Set<String> foreignKeys(String table) throws SQLException {
            Set<String> keys = new TreeSet<>();
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet imported = metaData.getImportedKeys(null, connection.getSchema(), db.identifier(table))) {
                while (imported.next()) {
                    keys.add((imported.getString("FKCOLUMN_NAME") + "->" + imported.getString("PKTABLE_NAME") + "."
                            + imported.getString("PKCOLUMN_NAME")).toUpperCase(Locale.ROOT));
                }
            }
            return keys;
        }

        private Set<String> columnTypes(String table) throws SQLException {
            Set<String> columns = new TreeSet<>();
            try (ResultSet result = connection.getMetaData().getColumns(null, connection.getSchema(),
                    db.identifier(table), null)) {
                while (result.next()) {
                    columns.add(result.getString("COLUMN_NAME").toUpperCase(Locale.ROOT) + " "
                            + typeName(result.getString("TYPE_NAME")));
                    assertThat(result.getString("IS_NULLABLE")).isEqualTo("NO");
                }
            }
            return columns;
        }

        /** A column type as H2 names it; PostgreSQL's metadata gives its own short names. */
        private static String typeName(String name) {
            switch (name) {
                case "int8":
                    return "BIGINT";
                case "int4":
                    return "INTEGER";
                case "varchar":
                    return "CHARACTER VARYING";
                default:
                    return name.toUpperCase(Locale.ROOT);
            }
        }

        @Test
        void foreignKeysRefuseUnknownIdsOnlyWhereATableIsDeclared() throws SQLException {
            createAuthorshipTables(new Library(1, 1));
            execute("CREATE TABLE mm_student (id VARCHAR(255) PRIMARY KEY)");
            insert("mm_student", "id", List.of("s"));
            MmEnrollmentTable.createTable(connection);
            MmCoverageTable.createTable(connection);

            String link = MmAuthorshipTable.NAME;
            String left = MmAuthorshipTable.LEFT_COLUMN;
            String right = MmAuthorshipTable.RIGHT_COLUMN;
            insertRow(link, left, right, 100L, 200L);
            assertIntegrityViolation(assertThrows(SQLException.class, () -> insertRow(link, left, right, 999L, 200L)));
            assertIntegrityViolation(assertThrows(SQLException.class, () -> insertRow(link, left, right, 100L, 999L)));
            assertIntegrityViolation(assertThrows(SQLException.class, () -> insertRow(link, left, right, 100L, 200L)));
            assertThat(authorshipRows()).containsExactly("100->200");

            // the course column references no table: any UUID goes in, an unknown student does not
            insertRow("mm_enrollment", "student_id", "course_code", "s", UUID.randomUUID());
            assertIntegrityViolation(assertThrows(SQLException.class,
                    () -> insertRow("mm_enrollment", "student_id", "course_code", "nobody", UUID.randomUUID())));

            // no table is declared on either side: only the composite key holds
            insertRow("mm_coverage", "left_id", "right_id", "anywhere", 42L);
            assertIntegrityViolation(assertThrows(SQLException.class,
                    () -> insertRow("mm_coverage", "left_id", "right_id", "anywhere", 42L)));
        }

        // --- saving and loading ---

        @Test
        void randomGraphsSurviveTheRoundTripAndEachSaveReplacesTheLast() throws SQLException {
            Random random = new Random(7_201_125L);
            createAuthorshipTables(new Library(8, 6));
            for (int round = 0; round < 4; round++) {
                Library library = new Library(8, 6).linkRandomly(random, 0.1 + 0.25 * round);
                int saved = MmAuthorshipTable.saveLinks(connection, library.books);
                assertThat(saved).isEqualTo(library.links());
                assertThat(authorshipRows()).isEqualTo(library.rows());

                Library loaded = library.fresh(random);
                assertThat(MmAuthorshipTable.loadLinks(connection, loaded.books, loaded.authors))
                        .isEqualTo(library.links());
                loaded.check();
                loaded.assertSameGraphAs(library);
            }
        }

        @Test
        void savingTwiceReplacesRatherThanDuplicates() throws SQLException {
            Library library = new Library(6, 5).linkRandomly(new Random(11), 0.5);
            createAuthorshipTables(library);
            int first = MmAuthorshipTable.saveLinks(connection, library.books);
            Set<String> rows = authorshipRows();
            assertThat(MmAuthorshipTable.saveLinks(connection, library.books)).isEqualTo(first);
            assertThat(authorshipRows()).isEqualTo(rows);

            Book changed = library.books.get(2);
            BookRelations.setAuthors(changed, List.of(library.authors.get(4), library.authors.get(0)));
            AuthorRelations.books(library.authors.get(3)).clear();
            MmAuthorshipTable.saveLinks(connection, library.books);
            assertThat(authorshipRows()).isEqualTo(library.rows());

            Library loaded = library.fresh(new Random(12));
            MmAuthorshipTable.loadLinks(connection, loaded.books, loaded.authors);
            loaded.assertSameGraphAs(library);
        }

        @Test
        void savingSomeBooksReplacesOnlyTheirRows() throws SQLException {
            Library library = new Library(4, 4).linkRandomly(new Random(21), 0.5);
            createAuthorshipTables(library);
            MmAuthorshipTable.saveLinks(connection, library.books);
            Set<String> before = library.rows();
            Book saved = library.books.get(0);
            Book unsaved = library.books.get(1);
            BookRelations.setAuthors(saved, List.of(library.authors.get(1)));
            BookRelations.setAuthors(unsaved, List.of(library.authors.get(2), library.authors.get(3)));
            assertThat(MmAuthorshipTable.saveLinks(connection, List.of(saved))).isEqualTo(1);

            Set<String> expected = new TreeSet<>();
            for (String row : before) {
                if (!row.startsWith(saved.id + "->")) {
                    expected.add(row);
                }
            }
            expected.add(saved.id + "->" + library.authors.get(1).id);
            assertThat(authorshipRows()).isEqualTo(expected);
            assertThat(MmAuthorshipTable.saveLinks(connection, List.of())).isEqualTo(0);
            assertThat(authorshipRows()).isEqualTo(expected);
        }

        @Test
        void loadingASubsetSkipsRowsOfObjectsNotGiven() throws SQLException {
            Library library = new Library(6, 6).linkRandomly(new Random(31), 0.6);
            createAuthorshipTables(library);
            MmAuthorshipTable.saveLinks(connection, library.books);

            Library fresh = library.fresh(new Random(32));
            List<Book> someBooks = new ArrayList<>();
            List<Author> someAuthors = new ArrayList<>();
            Set<Long> bookIds = new HashSet<>();
            Set<Long> authorIds = new HashSet<>();
            for (Book book : fresh.books) {
                if (book.id % 2 == 0) {
                    someBooks.add(book);
                    bookIds.add(book.id);
                }
            }
            for (Author author : fresh.authors) {
                if (author.id % 3 != 0) {
                    someAuthors.add(author);
                    authorIds.add(author.id);
                }
            }
            Set<String> expected = new TreeSet<>();
            for (Book book : library.books) {
                for (Author author : book.authors) {
                    if (bookIds.contains(book.id) && authorIds.contains(author.id)) {
                        expected.add(book.id + "->" + author.id);
                    }
                }
            }
            assertThat(expected).isNotEmpty();
            assertThat(MmAuthorshipTable.loadLinks(connection, someBooks, someAuthors)).isEqualTo(expected.size());
            assertThat(linksOf(fresh.books, book -> book.id, book -> book.authors, author -> author.id))
                    .isEqualTo(expected);
            fresh.check();
            for (Book book : fresh.books) {
                if (!bookIds.contains(book.id)) {
                    assertThat(book.authors).isEmpty();
                }
            }
            for (Author author : fresh.authors) {
                if (!authorIds.contains(author.id)) {
                    assertThat(author.books).isEmpty();
                }
            }
        }

        @Test
        void loadingCountsOnlyNewLinksAndNeverDuplicates() throws SQLException {
            Library library = new Library(5, 5).linkRandomly(new Random(41), 0.5);
            createAuthorshipTables(library);
            MmAuthorshipTable.saveLinks(connection, library.books);

            Library fresh = library.fresh(new Random(42));
            Book first = null;
            Author firstAuthor = null;
            for (Book book : fresh.books) {
                if (book.id.equals(library.books.get(0).id)) {
                    first = book;
                }
            }
            for (Author author : fresh.authors) {
                if (!library.books.get(0).authors.isEmpty() && author.id.equals(library.books.get(0).authors.get(0).id)) {
                    firstAuthor = author;
                }
            }
            int preLinked = 0;
            if (first != null && firstAuthor != null) {
                BookRelations.addToAuthors(first, firstAuthor);
                preLinked = 1;
            }
            assertThat(MmAuthorshipTable.loadLinks(connection, fresh.books, fresh.authors))
                    .isEqualTo(library.links() - preLinked);
            assertThat(MmAuthorshipTable.loadLinks(connection, fresh.books, fresh.authors)).isEqualTo(0);
            fresh.check();
            fresh.assertSameGraphAs(library);
        }

        @Test
        void objectsWithoutAnIdAreRefusedAndTheTableIsLeftAsItWas() throws SQLException {
            Library library = new Library(3, 3).linkRandomly(new Random(51), 0.7);
            createAuthorshipTables(library);
            MmAuthorshipTable.saveLinks(connection, library.books);
            Set<String> rows = authorshipRows();

            Book book = library.books.get(0);
            BookRelations.setAuthors(book, List.of());
            Author anonymous = new Author(null);
            AuthorRelations.addToBooks(anonymous, library.books.get(1));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> MmAuthorshipTable.saveLinks(connection, library.books));
            assertThat(e).hasMessageThat().contains("has no id");
            assertThat(e).hasMessageThat().contains("mm_authorship");
            assertThat(authorshipRows()).isEqualTo(rows);

            Book untitled = new Book(null);
            assertThrows(IllegalStateException.class,
                    () -> MmAuthorshipTable.saveLinks(connection, List.of(book, untitled)));
            assertThat(authorshipRows()).isEqualTo(rows);

            Library fresh = library.fresh(new Random(52));
            List<Author> withAnonymous = new ArrayList<>(fresh.authors);
            withAnonymous.add(new Author(null));
            assertThrows(IllegalStateException.class,
                    () -> MmAuthorshipTable.loadLinks(connection, fresh.books, withAnonymous));
            assertThrows(IllegalStateException.class,
                    () -> MmAuthorshipTable.loadLinks(connection, List.of(untitled), fresh.authors));
            for (Book freshBook : fresh.books) {
                assertThat(freshBook.authors).isEmpty();
            }
        }

        // --- all or nothing: nothing checkable reaches the database, and a failure there changes nothing ---

        /** Saves a random library and returns it; its rows are in the table. */
        private Library savedLibrary(long seed) throws SQLException {
            Library library = new Library(3, 3).linkRandomly(new Random(seed), 0.8);
            createAuthorshipTables(library);
            MmAuthorshipTable.saveLinks(connection, library.books);
            assertThat(authorshipRows()).isNotEmpty();
            return library;
        }

        @Test
        void aBookGivenTwiceIsRefusedAndTheTableIsLeftAsItWas() throws SQLException {
            Library library = savedLibrary(91);
            Set<String> rows = authorshipRows();
            Book book = library.books.get(0);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MmAuthorshipTable.saveLinks(connection, List.of(book, library.books.get(1), book)));
            assertThat(e).hasMessageThat().contains(book + " is given twice");
            assertThat(authorshipRows()).isEqualTo(rows);
            assertThat(connection.getAutoCommit()).isTrue();
        }

        @Test
        void twoBooksWithOneIdAreRefusedAndTheTableIsLeftAsItWas() throws SQLException {
            Library library = savedLibrary(92);
            Set<String> rows = authorshipRows();
            Book twin = new Book(library.books.get(0).id);
            BookRelations.addToAuthors(twin, library.authors.get(0));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MmAuthorshipTable.saveLinks(connection, List.of(library.books.get(0), twin)));
            assertThat(e).hasMessageThat().contains("have the same id " + twin.id);
            assertThat(authorshipRows()).isEqualTo(rows);
        }

        @Test
        void twoAuthorsWithOneIdLinkedToOneBookAreRefusedAndTheTableIsLeftAsItWas() throws SQLException {
            Library library = savedLibrary(93);
            Set<String> rows = authorshipRows();
            Book book = library.books.get(0);
            Author twin = new Author(library.authors.get(0).id);
            BookRelations.addToAuthors(book, library.authors.get(0));
            BookRelations.addToAuthors(book, twin);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> MmAuthorshipTable.saveLinks(connection, library.books));
            assertThat(e).hasMessageThat().contains("the link " + book + " -> " + twin);
            assertThat(e).hasMessageThat().contains("both link the ids (" + book.id + ", " + twin.id + ")");
            assertThat(authorshipRows()).isEqualTo(rows);
        }

        @Test
        void aStringIdLongerThanItsColumnIsRefusedAndTheTableIsLeftAsItWas() throws SQLException {
            Zone zone = new Zone("zone");
            Sensor sensor = new Sensor(1L);
            SensorRelations.zones(sensor).add(zone);
            MmCoverageTable.createTable(connection);
            MmCoverageTable.saveLinks(connection, List.of(zone));
            Zone wide = new Zone("z".repeat(256));
            SensorRelations.zones(sensor).add(wide);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> MmCoverageTable.saveLinks(connection, List.of(zone, wide)));
            assertThat(e).hasMessageThat().contains("has 256 characters, more than the 255 of its column");
            assertThat(rows("mm_coverage", "left_id", "right_id")).containsExactly("zone->1");
        }

        @Test
        void aFailureInTheDatabaseUnderAutocommitLeavesTheTableAsItWas() throws SQLException {
            Library library = savedLibrary(94);
            Set<String> rows = authorshipRows();
            // an author the foreign key refuses: only the database can tell
            BookRelations.addToAuthors(library.books.get(0), new Author(999L));
            SQLException e = assertThrows(SQLException.class,
                    () -> MmAuthorshipTable.saveLinks(connection, library.books));
            assertIntegrityViolation(e);
            assertThat(e.getMessage()).contains("the table is as it was");
            assertThat(authorshipRows()).isEqualTo(rows);
            assertThat(connection.getAutoCommit()).isTrue();
        }

        @Test
        void insideTheCallersTransactionAFailureUndoesOnlyTheSave() throws SQLException {
            Library library = savedLibrary(95);
            Set<String> rows = authorshipRows();
            connection.setAutoCommit(false);
            insert("mm_book", "book_id", List.of(900L));
            BookRelations.addToAuthors(library.books.get(0), new Author(999L));
            assertThrows(SQLException.class, () -> MmAuthorshipTable.saveLinks(connection, library.books));
            assertThat(connection.getAutoCommit()).isFalse();
            // the caller's transaction is still usable, and keeps its own work
            insert("mm_book", "book_id", List.of(901L));
            connection.commit();
            assertThat(rows("mm_book", "book_id", "book_id")).containsAtLeast("900->900", "901->901");
            assertThat(authorshipRows()).isEqualTo(rows);
        }

        @Test
        void aRollbackThatFailsUnderAutocommitLeavesAutocommitOffRatherThanCommitHalfASave()
                throws SQLException {
            Library library = savedLibrary(92);
            Set<String> rows = authorshipRows();
            BookRelations.addToAuthors(library.books.get(0), new Author(999L));
            List<String> calls = new ArrayList<>();
            Connection refusingRollback = recording(connection, calls, "rollback");
            SQLException e = assertThrows(SQLException.class,
                    () -> MmAuthorshipTable.saveLinks(refusingRollback, library.books));
            assertThat(e.getMessage()).contains("rolling back failed too");
            assertThat(e.getMessage()).contains("autocommit is left off");
            assertThat(e.getCause().getSuppressed()).hasLength(1);
            // switching autocommit on would have committed the delete that ran before the failing insert
            assertThat(calls).doesNotContain("setAutoCommit(true)");
            assertThat(connection.getAutoCommit()).isFalse();
            connection.rollback();
            connection.setAutoCommit(true);
            assertThat(authorshipRows()).isEqualTo(rows);
        }

        @Test
        void insideTheCallersTransactionAFailedSaveReleasesTheSavepointItRolledBackTo() throws SQLException {
            Library library = savedLibrary(93);
            connection.setAutoCommit(false);
            BookRelations.addToAuthors(library.books.get(0), new Author(999L));
            List<String> calls = new ArrayList<>();
            Connection recorded = recording(connection, calls, null);
            assertThrows(SQLException.class, () -> MmAuthorshipTable.saveLinks(recorded, library.books));
            assertThat(calls).containsAtLeast("setSavepoint", "rollback(savepoint)", "releaseSavepoint").inOrder();
            connection.rollback();
        }

        /**
         * {@code connection}, recording the transaction calls made through it in {@code calls}; the call
         * named {@code refused} (the no-argument one) throws instead.
         */
        private static Connection recording(Connection connection, List<String> calls, String refused) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        String name = method.getName();
                        boolean noArgs = args == null || args.length == 0;
                        if (name.equals(refused) && noArgs) {
                            throw new SQLException(name + " refused by the test");
                        }
                        if (name.equals("setAutoCommit")) {
                            calls.add("setAutoCommit(" + args[0] + ")");
                        } else if (name.equals("rollback")) {
                            calls.add(noArgs ? "rollback" : "rollback(savepoint)");
                        } else if (name.startsWith("setSavepoint") || name.equals("releaseSavepoint")
                                || name.equals("commit")) {
                            calls.add(name);
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Test
        void insideTheCallersTransactionASaveIsTheCallersToCommitOrRollBack() throws SQLException {
            Library library = savedLibrary(96);
            Set<String> rows = authorshipRows();
            connection.setAutoCommit(false);
            BookRelations.setAuthors(library.books.get(0), List.of());
            MmAuthorshipTable.saveLinks(connection, library.books);
            assertThat(authorshipRows()).isEqualTo(library.rows());
            connection.rollback();
            assertThat(authorshipRows()).isEqualTo(rows);
            MmAuthorshipTable.saveLinks(connection, library.books);
            connection.commit();
            assertThat(authorshipRows()).isEqualTo(library.rows());
        }

        @Test
        void loadingRefusesTwoGivenObjectsWithOneId() throws SQLException {
            Library library = savedLibrary(97);
            Library fresh = library.fresh(new Random(98));
            List<Book> books = new ArrayList<>(fresh.books);
            books.add(new Book(books.get(0).id));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MmAuthorshipTable.loadLinks(connection, books, fresh.authors));
            assertThat(e).hasMessageThat().contains("have the same id");
        }

        @Test
        void namesOfSixtyThreeCharactersWork() throws SQLException {
            // Shelf.labels comes before Label.shelves: Shelf is left
            Label label = new Label(1);
            Shelf shelf = new Shelf(2);
            LabelRelations.addToShelves(label, shelf);
            MmShelfLabelLinksWithANameAsLongAsPostgresqlKeepsItTable.createTable(connection);
            assertThat(MmShelfLabelLinksWithANameAsLongAsPostgresqlKeepsItTable.saveLinks(connection, List.of(shelf)))
                    .isEqualTo(1);
            Label freshLabel = new Label(1);
            Shelf freshShelf = new Shelf(2);
            assertThat(MmShelfLabelLinksWithANameAsLongAsPostgresqlKeepsItTable.loadLinks(connection,
                    List.of(freshShelf), List.of(freshLabel))).isEqualTo(1);
            assertThat(freshShelf.labels).containsExactly(freshLabel);
        }

        // --- other id types ---

        @Test
        void stringAndUuidIdsSurviveTheRoundTripIntoNullFields() throws SQLException {
            Random random = new Random(61);
            List<Student> students = new ArrayList<>();
            List<Course> courses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                students.add(new Student("student-" + i));
                courses.add(new Course(new UUID(random.nextLong(), random.nextLong())));
            }
            for (Student student : students) {
                for (Course course : courses) {
                    if (random.nextInt(3) == 0) {
                        StudentRelations.addToCourses(student, course);
                    }
                }
            }
            execute("CREATE TABLE mm_student (id VARCHAR(255) PRIMARY KEY)");
            List<String> ids = new ArrayList<>();
            for (Student student : students) {
                ids.add(student.getId());
            }
            insert("mm_student", "id", ids);
            MmEnrollmentTable.createTable(connection);
            int links = MmEnrollmentTable.saveLinks(connection, students);
            assertThat(rows("mm_enrollment", "student_id", "course_code"))
                    .isEqualTo(linksOf(students, Student::getId, student -> student.courses, course -> course.code));

            List<Student> freshStudents = new ArrayList<>();
            List<Course> freshCourses = new ArrayList<>();
            for (Student student : students) {
                freshStudents.add(new Student(student.getId()));
            }
            for (Course course : courses) {
                freshCourses.add(new Course(course.code));
            }
            Collections.reverse(freshCourses);
            assertThat(MmEnrollmentTable.loadLinks(connection, freshStudents, freshCourses)).isEqualTo(links);
            Invariants.assertManyToMany("Student.courses", freshStudents, freshCourses, student -> student.courses,
                    course -> course.students);
            assertThat(graph(freshStudents, Student::getId, student -> student.courses, course -> course.code))
                    .isEqualTo(graph(students, Student::getId, student -> student.courses, course -> course.code));
            assertThat(graph(freshCourses, course -> course.code, course -> course.students, Student::getId))
                    .isEqualTo(graph(courses, course -> course.code, course -> course.students, Student::getId));
            for (Course course : freshCourses) {
                if (course.students != null) {
                    assertThat(course.students).isInstanceOf(LinkedHashSet.class);
                }
            }
        }

        @Test
        void stringAndLongIdsWithoutDeclaredTablesSurviveTheRoundTrip() throws SQLException {
            Random random = new Random(71);
            List<Zone> zones = new ArrayList<>();
            List<Sensor> sensors = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                zones.add(new Zone("zone-" + (char) ('a' + i)));
            }
            for (int i = 0; i < 7; i++) {
                sensors.add(new Sensor(Long.MAX_VALUE - i));
            }
            for (Zone zone : zones) {
                for (Sensor sensor : sensors) {
                    if (random.nextBoolean()) {
                        SensorRelations.zones(sensor).add(zone);
                    }
                }
            }
            MmCoverageTable.createTable(connection);
            int links = MmCoverageTable.saveLinks(connection, zones);
            List<Zone> freshZones = new ArrayList<>();
            List<Sensor> freshSensors = new ArrayList<>();
            for (Zone zone : zones) {
                freshZones.add(new Zone(zone.id));
            }
            for (Sensor sensor : sensors) {
                freshSensors.add(new Sensor(sensor.id));
            }
            assertThat(MmCoverageTable.loadLinks(connection, freshZones, freshSensors)).isEqualTo(links);
            Invariants.assertManyToMany("Zone.sensors", freshZones, freshSensors, zone -> zone.sensors,
                    sensor -> sensor.zones);
            assertThat(graph(freshZones, zone -> zone.id, zone -> zone.sensors, sensor -> sensor.id))
                    .isEqualTo(graph(zones, zone -> zone.id, zone -> zone.sensors, sensor -> sensor.id));
            assertThat(graph(freshSensors, sensor -> sensor.id, sensor -> sensor.zones, zone -> zone.id))
                    .isEqualTo(graph(sensors, sensor -> sensor.id, sensor -> sensor.zones, zone -> zone.id));
        }

        // --- self-referential ---

        @Test
        void aSelfReferentialGraphSurvivesTheRoundTrip() throws SQLException {
            Random random = new Random(81);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                pages.add(new Page(i + 1));
            }
            PageRelations.addToLinksTo(pages.get(0), pages.get(0));
            for (Page from : pages) {
                for (Page to : pages) {
                    if (random.nextInt(3) == 0) {
                        if (random.nextBoolean()) {
                            PageRelations.addToLinksTo(from, to);
                        } else {
                            PageRelations.linkedFrom(to).add(from);
                        }
                    }
                }
            }
            execute("CREATE TABLE mm_page (id INTEGER PRIMARY KEY)");
            List<Integer> ids = new ArrayList<>();
            for (Page page : pages) {
                ids.add(page.id);
            }
            insert("mm_page", "id", ids);
            MmPageLinkTable.createTable(connection);
            int links = MmPageLinkTable.saveLinks(connection, pages);
            assertThat(rows("mm_page_link", "from_page", "to_page")).contains("1->1");
            assertIntegrityViolation(assertThrows(SQLException.class,
                    () -> insertRow("mm_page_link", "from_page", "to_page", 1, 99)));

            List<Page> fresh = new ArrayList<>();
            for (Page page : pages) {
                fresh.add(new Page(page.id));
            }
            Collections.shuffle(fresh, random);
            assertThat(MmPageLinkTable.loadLinks(connection, fresh, fresh)).isEqualTo(links);
            Invariants.assertManyToMany("Page.linksTo", fresh, fresh, page -> page.linksTo, page -> page.linkedFrom);
            assertThat(graph(fresh, page -> page.id, page -> page.linksTo, page -> page.id))
                    .isEqualTo(graph(pages, page -> page.id, page -> page.linksTo, page -> page.id));
            assertThat(graph(fresh, page -> page.id, page -> page.linkedFrom, page -> page.id))
                    .isEqualTo(graph(pages, page -> page.id, page -> page.linkedFrom, page -> page.id));
        }

        @Test
        void nodesWithIntIdsLoadTheirLinksBack() throws SQLException {
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                nodes.add(new Node());
            }
            NodeRelations.setRights(nodes.get(0), List.of(nodes.get(1), nodes.get(0), nodes.get(4)));
            NodeRelations.setLefts(nodes.get(2), List.of(nodes.get(3), nodes.get(4)));
            Map<String, List<String>> rights = graph(nodes, node -> node.id, node -> node.rights, node -> node.id);
            Map<String, List<String>> lefts = graph(nodes, node -> node.id, node -> node.lefts, node -> node.id);
            MmNodeLinkTable.createTable(connection);
            assertThat(MmNodeLinkTable.saveLinks(connection, nodes)).isEqualTo(5);
            for (Node node : nodes) {
                NodeRelations.rights(node).clear();
            }
            assertThat(MmNodeLinkTable.loadLinks(connection, nodes, nodes)).isEqualTo(5);
            Invariants.assertManyToMany("Node.rights", nodes, nodes, node -> node.rights, node -> node.lefts);
            assertThat(graph(nodes, node -> node.id, node -> node.rights, node -> node.id)).isEqualTo(rights);
            assertThat(graph(nodes, node -> node.id, node -> node.lefts, node -> node.id)).isEqualTo(lefts);
        }

        @Test
        void theTableClassDescribesItsTableAndReadsTheIds() {
            // authors before books: the left end is the one whose field name comes first
            assertThat(MmAuthorshipTable.NAME).isEqualTo("mm_authorship");
            assertThat(MmAuthorshipTable.leftEntity()).isEqualTo(Book.class);
            assertThat(MmAuthorshipTable.rightEntity()).isEqualTo(Author.class);
            assertThat(MmAuthorshipTable.leftId(new Book(7L))).isEqualTo(7L);
            assertThat(MmAuthorshipTable.rightId(new Author(9L))).isEqualTo(9L);
        }
    }
}

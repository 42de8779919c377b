package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.JpaMappingsTest.compile;
import static dev.relate.processor.errors.JpaMappingsTest.generated;
import static dev.relate.processor.errors.JpaMappingsTest.source;
import static dev.relate.processor.errors.JpaMappingsTest.warnings;

import dev.relate.processor.errors.ErrorTesting.Result;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The schema (and catalog) of JPA's {@code @JoinTable} and {@code @Table} in the table class relate
 * writes beside a {@code @ManyToManyRel}: names qualified as the JPA provider has them, each part
 * checked as a name; and a foreign key that relate cannot write is a warning, never left out unsaid.
 */
class JpaTableSchemaTest {
    private static final List<String> OPTIONS = List.of("-Xlint:all", "-Xlint:-processing");
    /** A warning: a foreign key that names something SQL does not take is left out of CREATE_SQL. */
    private static final String NO_FOREIGN_KEY = "RelateNoForeignKey";

    @Test
    void theSchemasOfJoinTableAndTableQualifyTheTableClassesNames() throws Exception {
        JavaFileObject run = source("test.jpa.Run", "package test.jpa;", "import java.sql.*;",
                "public class Run {",
                "    public static String run() throws SQLException {",
                "        try (Connection c = DriverManager.getConnection(\"jdbc:h2:mem:jpaTableSchema\")) {",
                "            try (Statement s = c.createStatement()) {",
                "                s.execute(\"CREATE SCHEMA shop\");",
                "                s.execute(\"CREATE TABLE shop.books (id BIGINT PRIMARY KEY)\");",
                "                s.execute(\"CREATE TABLE shop.authors (id BIGINT PRIMARY KEY)\");",
                "                s.execute(\"INSERT INTO shop.books VALUES (1)\");",
                "                s.execute(\"INSERT INTO shop.authors VALUES (2)\");",
                "            }",
                "            BookAuthorTable.createTable(c);",
                "            Book book = new Book();",
                "            book.id = 1L;",
                "            Author author = new Author();",
                "            author.id = 2L;",
                "            BookRelations.addToAuthors(book, author);",
                "            int saved = BookAuthorTable.saveLinks(c, java.util.List.of(book));",
                "            String select = \"SELECT book_id, author_id FROM shop.book_author\";",
                "            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(select)) {",
                "                rows.next();",
                "                return saved + \" \" + rows.getLong(1) + \" \" + rows.getLong(2);",
                "            }",
                "        }",
                "    }",
                "}");
        Result result = compile("jakarta", OPTIONS, book("schema = \"shop\", ", "name = \"books\", schema = \"shop\""),
                author("name = \"authors\", schema = \"shop\""), run);
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.jpa.BookAuthorTable");
        assertThat(table).contains("NAME = \"shop.book_author\"");
        assertThat(table).contains("CREATE TABLE shop.book_author (");
        assertThat(table).contains("FOREIGN KEY (book_id) REFERENCES shop.books (id)");
        assertThat(table).contains("FOREIGN KEY (author_id) REFERENCES shop.authors (id)");
        // the links land in the schema's table, whose foreign keys find the schema's entities
        assertThat(ErrorTesting.run(result, "test.jpa.Run")).isEqualTo("1 1 2");
    }

    @Test
    void aCatalogComesBeforeTheSchema() {
        Result result = compile("jakarta", OPTIONS,
                book("catalog = \"store\", schema = \"shop\", ", "name = \"books\""),
                author("name = \"authors\", catalog = \"store\""));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.jpa.BookAuthorTable");
        assertThat(table).contains("NAME = \"store.shop.book_author\"");
        assertThat(table).contains("REFERENCES books (id)");
        assertThat(table).contains("REFERENCES store.authors (id)");
    }

    @Test
    void aJoinTableSchemaThatSqlCannotTakeIsAnError() {
        JavaFileObject book = book("schema = \"my shop\", ", "name = \"books\"");
        Result result = compile("jakarta", OPTIONS, book, author("name = \"authors\""));
        assertError(result, "RelateSqlName", book, "@ManyToManyRel(backPopulates = \"books\")",
                "@JoinTable(schema) = \"my shop\" is not a name the association table can use in SQL: it contains"
                        + " a space");
        // as for any problem of a table: no table class, and no helpers for the relationship's classes
        assertThat(result.written()).isEmpty();
    }

    @Test
    void anEntityTableNameSqlCannotTakeLeavesTheForeignKeyOutWithAWarning() {
        String longName = "a".repeat(64);
        JavaFileObject author = author("name = \"" + longName + "\"");
        JavaFileObject book = book("", "name = \"shop.books\"");
        Result result = compile("jakarta", OPTIONS, book, author);
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + NO_FOREIGN_KEY + "] Author:").inFile(author)
                .onLineContaining("public class Author");
        assertThat(result.compilation()).hadWarningContaining("[" + NO_FOREIGN_KEY + "] Book:").inFile(book)
                .onLineContaining("public class Book");
        assertThat(warnings(result)).containsExactly(
                "[RelateNoForeignKey] Book: @Table(name) = \"shop.books\" is not a name the association table can"
                        + " use in SQL: it contains '.': use only ASCII letters, digits and underscores, starting with"
                        + " a letter or an underscore. Until then BookAuthorTable.CREATE_SQL, which writes names into"
                        + " SQL as they are, declares no foreign key to the table of Book (the table \"book_author\""
                        + " links its ids all the same)",
                "[RelateNoForeignKey] Author: @Table(name) = \"" + longName + "\" has 64 characters, but PostgreSQL"
                        + " keeps only the first 63 of a name, so names that differ only after that would name one"
                        + " table or column: use a shorter name. Until then BookAuthorTable.CREATE_SQL, which writes"
                        + " names into SQL as they are, declares no foreign key to the table of Author (the table"
                        + " \"book_author\" links its ids all the same)");
        assertThat(generated(result, "test.jpa.BookAuthorTable")).doesNotContain("REFERENCES");
    }

    @Test
    void anEntityTableSchemaSqlCannotTakeLeavesTheForeignKeyOutWithAWarning() {
        JavaFileObject author = author("name = \"authors\", schema = \"2shop\"");
        Result result = compile("jakarta", OPTIONS, book("", "name = \"books\""), author);
        assertThat(result.compilation()).succeeded();
        assertThat(warnings(result)).hasSize(1);
        assertThat(warnings(result).get(0)).startsWith("[RelateNoForeignKey] Author: @Table(schema) = \"2shop\"");
        String table = generated(result, "test.jpa.BookAuthorTable");
        assertThat(table).contains("REFERENCES books (id)");
        assertThat(table).doesNotContain("REFERENCES 2shop");
    }

    @Test
    void anAnnotationNamedTableOfAnotherPackageNamesNoTable() {
        JavaFileObject grid = source("test.ui.Table", "package test.ui;",
                "public @interface Table { String name() default \"\"; }");
        // before JPA's @Table, and alone: neither is the entity's table, which the foreign keys reference
        JavaFileObject book = source("test.jpa.Book", "package test.jpa;", "import dev.relate.*;",
                "import jakarta.persistence.*;", "import java.util.*;",
                "@Entity",
                "@test.ui.Table(name = \"book_grid\")",
                "@Table(name = \"books\")",
                "public class Book {",
                "    @Id Long id;",
                "    @ManyToMany",
                "    @JoinTable(name = \"book_author\", joinColumns = @JoinColumn(name = \"book_id\"),",
                "            inverseJoinColumns = @JoinColumn(name = \"author_id\"))",
                "    @ManyToManyRel(backPopulates = \"books\")",
                "    Set<Author> authors = new LinkedHashSet<>();",
                "}");
        JavaFileObject author = source("test.jpa.Author", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity",
                "@test.ui.Table(name = \"Authors, by name\")",
                "public class Author {",
                "    @Id Long id;",
                "    @ManyToMany(mappedBy = \"authors\") Set<Book> books = new LinkedHashSet<>();",
                "}");
        Result result = compile("jakarta", OPTIONS, grid, book, author);
        // a name SQL cannot take would be a warning, were it read as the table's
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.jpa.BookAuthorTable");
        assertThat(table).contains("FOREIGN KEY (book_id) REFERENCES books (id)");
        assertThat(table).doesNotContain("grid");
        assertThat(table).doesNotContain("REFERENCES Authors");
        assertThat(table).doesNotContain("FOREIGN KEY (author_id)");
    }

    /**
     * The owning side, with relate's annotation asking for the table class.
     *
     * @param joinTable attributes of {@code @JoinTable} before its name
     * @param table the attributes of its {@code @Table}
     */
    private static JavaFileObject book(String joinTable, String table) {
        return source("test.jpa.Book", "package test.jpa;", "import dev.relate.*;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity",
                "@Table(" + table + ")",
                "public class Book {",
                "    @Id Long id;",
                "    @ManyToMany",
                "    @JoinTable(" + joinTable + "name = \"book_author\",",
                "            joinColumns = @JoinColumn(name = \"book_id\"),",
                "            inverseJoinColumns = @JoinColumn(name = \"author_id\"))",
                "    @ManyToManyRel(backPopulates = \"books\")",
                "    Set<Author> authors = new LinkedHashSet<>();",
                "}");
    }

    private static JavaFileObject author(String table) {
        return source("test.jpa.Author", "package test.jpa;", "import jakarta.persistence.*;", "import java.util.*;",
                "@Entity",
                "@Table(" + table + ")",
                "public class Author {",
                "    @Id Long id;",
                "    @ManyToMany(mappedBy = \"authors\") Set<Book> books = new LinkedHashSet<>();",
                "}");
    }
}

package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.JpaMappingsTest.compile;
import static dev.relate.processor.errors.JpaMappingsTest.generated;
import static dev.relate.processor.errors.JpaMappingsTest.source;

import dev.relate.processor.errors.ErrorTesting.Result;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A table that relate's own annotations name in a schema ({@code secondary = "sales.order_item"},
 * {@code @AssociationObject(table = "sales.enrollment")}), as JPA's {@code @JoinTable(schema = ...)}
 * puts one there: the table class names the qualified table in its SQL, its class is named for the
 * table's own name, two tables of one name in two schemas are two tables, and each part of the name
 * is checked as a name.
 */
class QualifiedTableNameTest {
    private static final List<String> OPTIONS = List.of("-Xlint:all", "-Xlint:-processing");

    @Test
    void aSecondaryNamingASchemaIsTheTableInThatSchema() throws Exception {
        JavaFileObject run = source("test.q.Run", "package test.q;", "import java.sql.*;",
                "public class Run {",
                "    public static String run() throws SQLException {",
                "        try (Connection c = DriverManager.getConnection(\"jdbc:h2:mem:qualifiedSecondary\")) {",
                "            try (Statement s = c.createStatement()) {",
                "                s.execute(\"CREATE SCHEMA sales\");",
                "            }",
                "            OrderItemTable.createTable(c);",
                "            PurchaseOrder order = new PurchaseOrder();",
                "            order.id = 1L;",
                "            Item item = new Item();",
                "            item.id = 2L;",
                "            PurchaseOrderRelations.addToItems(order, item);",
                "            int saved = OrderItemTable.saveLinks(c, java.util.List.of(order));",
                "            String select = \"SELECT left_id, right_id FROM sales.order_item\";",
                "            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(select)) {",
                "                rows.next();",
                "                return saved + \" \" + rows.getLong(1) + \" \" + rows.getLong(2);",
                "            }",
                "        }",
                "    }",
                "}");
        Result result = compile("jakarta", OPTIONS, order("test.q", "sales.order_item"), item("test.q"), run);
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.q.OrderItemTable");
        assertThat(table).contains("NAME = \"sales.order_item\"");
        assertThat(table).contains("CREATE TABLE sales.order_item (");
        // the links land in the schema's table
        assertThat(ErrorTesting.run(result, "test.q.Run")).isEqualTo("1 1 2");
    }

    @Test
    void anAssociationObjectsTableInASchemaAndACatalog() {
        Result result = compile("jakarta", OPTIONS,
                source("test.q.Enrollment", "package test.q;", "import dev.relate.*;",
                        "@AssociationObject(table = \"school.records.enrollment\")",
                        "public class Enrollment {",
                        "    @ManyToOneRel(backPopulates = \"enrollments\") Student student;",
                        "    @ManyToOneRel(backPopulates = \"enrollments\") Course course;",
                        "    int grade;",
                        "}"),
                endOfEnrollments("Student"), endOfEnrollments("Course"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.q.EnrollmentTable");
        assertThat(table).contains("NAME = \"school.records.enrollment\"");
        assertThat(table).contains("CREATE TABLE school.records.enrollment (");
    }

    @Test
    void oneTableNameInTwoSchemasIsTwoTables() {
        Result result = compile("jakarta", OPTIONS, order("test.a", "north.order_item"), item("test.a"),
                order("test.b", "south.order_item"), item("test.b"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(generated(result, "test.a.OrderItemTable")).contains("NAME = \"north.order_item\"");
        assertThat(generated(result, "test.b.OrderItemTable")).contains("NAME = \"south.order_item\"");
    }

    @Test
    void oneJoinTableNameInTwoSchemasIsTwoTables() {
        Result result = compile("jakarta", OPTIONS, jpaOrder("test.a", "schema = \"north\", "), jpaItem("test.a"),
                jpaOrder("test.b", "schema = \"south\", "), jpaItem("test.b"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(generated(result, "test.a.OrderItemTable")).contains("NAME = \"north.order_item\"");
        assertThat(generated(result, "test.b.OrderItemTable")).contains("NAME = \"south.order_item\"");
    }

    @Test
    void oneQualifiedTableForTwoRelationshipsIsShared() {
        JavaFileObject second = order("test.b", "NORTH.order_item");
        Result result = compile("jakarta", OPTIONS, order("test.a", "north.order_item"), item("test.a"), second,
                item("test.b"));
        assertError(result, "RelateTableShared", second, "@ManyToManyRel",
                "test.b.PurchaseOrder.items names the association table \"NORTH.order_item\", which"
                        + " test.a.PurchaseOrder.items already uses for another relationship");
    }

    @Test
    void aSecondaryMatchingJoinTablesSchemaAgreesAndAnotherDisagrees() {
        Result agrees = compile("jakarta", OPTIONS, jpaOrder("test.a", "schema = \"north\", ",
                "secondary = \"north.order_item\", leftColumn = \"orders_id\", rightColumn = \"items_id\", "),
                jpaItem("test.a"));
        assertThat(agrees.compilation()).succeededWithoutWarnings();
        assertThat(generated(agrees, "test.a.OrderItemTable")).contains("NAME = \"north.order_item\"");
        JavaFileObject order = jpaOrder("test.a", "schema = \"north\", ",
                "secondary = \"south.order_item\", leftColumn = \"orders_id\", rightColumn = \"items_id\", ");
        Result disagrees = compile("jakarta", OPTIONS, order, jpaItem("test.a"));
        assertError(disagrees, "RelateJpaDisagrees", order, "@ManyToManyRel",
                "the association table is south.order_item, but its JPA mapping",
                "the association table is north.order_item");
    }

    @Test
    void eachPartOfAQualifiedNameIsCheckedAsAName() {
        assertTableNameError("sales..order_item", "RelateSqlName", "the schema in secondary = \"\" is not a name"
                + " the association table can use in SQL: it is empty");
        assertTableNameError("a.b.c.order_item", "RelateSqlName", "secondary = \"a.b.c.order_item\" is not a name"
                + " the association table can use in SQL: it has 4 parts, but a table's name has at most three:"
                + " catalog.schema.table");
        assertTableNameError("sales.select", "RelateSqlName", "the table in secondary = \"select\" is not a name"
                + " the association table can use in SQL: it is a reserved word of SQL");
        assertTableNameError("2shop.sales.order_item", "RelateSqlName", "the catalog in secondary = \"2shop\" is"
                + " not a name the association table can use in SQL: it starts with a digit");
        String longSchema = "s".repeat(64);
        assertTableNameError(longSchema + ".order_item", "RelateNameTooLong", "the schema in secondary = \""
                + longSchema + "\" has 64 characters, but PostgreSQL keeps only the first 63 of a name");
    }

    @Test
    void theLengthLimitHoldsPerPart() {
        String schema = "s".repeat(63);
        String table = "t".repeat(63);
        Result result = compile("jakarta", OPTIONS, order("test.q", schema + "." + table), item("test.q"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        // 127 characters in all, each part within PostgreSQL's 63; the class is named for the table's own name
        assertThat(generated(result, "test.q.T" + "t".repeat(62) + "Table"))
                .contains("CREATE TABLE " + schema + "." + table + " (");
    }

    @Test
    void anAssociationObjectsTableIsCheckedPerPart() {
        JavaFileObject enrollment = source("test.q.Enrollment", "package test.q;", "import dev.relate.*;",
                "@AssociationObject(table = \"school.\")",
                "public class Enrollment {",
                "    @ManyToOneRel(backPopulates = \"enrollments\") Student student;",
                "    @ManyToOneRel(backPopulates = \"enrollments\") Course course;",
                "}");
        Result result = compile("jakarta", OPTIONS, enrollment, endOfEnrollments("Student"),
                endOfEnrollments("Course"));
        assertError(result, "RelateSqlName", enrollment, "@AssociationObject",
                "the table in table = \"\" is not a name the association table can use in SQL: it is empty");
    }

    private static void assertTableNameError(String secondary, String id, String message) {
        JavaFileObject order = order("test.q", secondary);
        Result result = compile("jakarta", OPTIONS, order, item("test.q"));
        assertError(result, id, order, "@ManyToManyRel", message);
        assertThat(result.written()).isEmpty();
    }

    private static JavaFileObject order(String pkg, String secondary) {
        return source(pkg + ".PurchaseOrder", "package " + pkg + ";", "import dev.relate.*;", "import java.util.*;",
                "public class PurchaseOrder {",
                "    Long id;",
                "    @ManyToManyRel(secondary = \"" + secondary + "\", backPopulates = \"orders\")",
                "    Set<Item> items = new LinkedHashSet<>();",
                "}");
    }

    private static JavaFileObject item(String pkg) {
        return source(pkg + ".Item", "package " + pkg + ";", "import dev.relate.*;", "import java.util.*;",
                "public class Item {",
                "    Long id;",
                "    @ManyToManyRel(backPopulates = \"items\") Set<PurchaseOrder> orders = new LinkedHashSet<>();",
                "}");
    }

    /** The owning side, whose @JoinTable names the table; {@code relate} attributes of relate's annotation. */
    private static JavaFileObject jpaOrder(String pkg, String joinTable, String... relate) {
        return source(pkg + ".PurchaseOrder", "package " + pkg + ";", "import dev.relate.*;",
                "import jakarta.persistence.*;", "import java.util.*;",
                "@Entity public class PurchaseOrder {",
                "    @Id Long id;",
                "    @ManyToMany @JoinTable(" + joinTable + "name = \"order_item\")",
                "    @ManyToManyRel(" + String.join("", relate) + "backPopulates = \"orders\")",
                "    Set<Item> items = new LinkedHashSet<>();",
                "}");
    }

    private static JavaFileObject jpaItem(String pkg) {
        return source(pkg + ".Item", "package " + pkg + ";", "import jakarta.persistence.*;", "import java.util.*;",
                "@Entity public class Item {",
                "    @Id Long id;",
                "    @ManyToMany(mappedBy = \"items\") Set<PurchaseOrder> orders = new LinkedHashSet<>();",
                "}");
    }

    private static JavaFileObject endOfEnrollments(String name) {
        return source("test.q." + name, "package test.q;", "import dev.relate.*;", "import java.util.*;",
                "public class " + name + " {",
                "    Long id;",
                "    @OneToManyRel(backPopulates = \"" + name.toLowerCase(java.util.Locale.ROOT) + "\")",
                "    List<Enrollment> enrollments = new ArrayList<>();",
                "}");
    }
}

package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;

import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.errors.ErrorTesting.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An association table's columns named per end ({@code joinColumn}: the ids of the field's own
 * class; {@code inverseJoinColumn}: those of the class it holds), so that which column holds whose
 * ids never depends on which end relate calls left.
 */
class PerEndColumnsTest {
    private static final List<String> CLEAN = List.of("--release", "8", "-Xlint:all", "-Xlint:-options", "-Werror");

    @Test
    void columnsNamedOnOneEndHoldWhatTheySayWhicheverEndIsLeft() {
        // the left end is Tag.products ("products" before "tags"), yet product_id holds Product ids
        Result result = ErrorTesting.compile(CLEAN, List.of(
                product("@ManyToManyRel(secondary = \"product_tag\", backPopulates = \"products\","
                        + " joinColumn = \"product_id\", inverseJoinColumn = \"tag_id\")"),
                tag("@ManyToManyRel(secondary = \"product_tag\", backPopulates = \"tags\")")));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.columns.ProductTagTable");
        assertThat(table).contains("LEFT_COLUMN = \"tag_id\"");
        assertThat(table).contains("RIGHT_COLUMN = \"product_id\"");
        assertThat(table).contains("public static Class<Tag> leftEntity()");
    }

    @Test
    void bothEndsNamingTheirOwnColumnAgree() {
        Result result = ErrorTesting.compile(CLEAN, List.of(
                product("@ManyToManyRel(secondary = \"product_tag\", backPopulates = \"products\","
                        + " joinColumn = \"product_id\")"),
                tag("@ManyToManyRel(secondary = \"product_tag\", backPopulates = \"tags\", joinColumn = \"tag_id\")")));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.columns.ProductTagTable");
        assertThat(table).contains("LEFT_COLUMN = \"tag_id\"");
        assertThat(table).contains("RIGHT_COLUMN = \"product_id\"");
    }

    @Test
    void aBackrefNamesBothColumnsPerEnd() {
        Result result = ErrorTesting.compile(CLEAN, List.of(
                product("@ManyToManyRel(secondary = \"product_tag\", backref = \"products\","
                        + " joinColumn = \"product_id\", inverseJoinColumn = \"tag_id\")"),
                tag("")));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.columns.ProductTagTable");
        // with a backref the declaring class is the left one
        assertThat(table).contains("LEFT_COLUMN = \"product_id\"");
        assertThat(table).contains("RIGHT_COLUMN = \"tag_id\"");
    }

    @Test
    void endsNamingTheSameColumnForTheirOwnIdsDisagree() {
        JavaFileObject product = product("@ManyToManyRel(secondary = \"product_tag\", backPopulates = \"products\","
                + " joinColumn = \"id_a\", inverseJoinColumn = \"id_b\")");
        JavaFileObject tag = tag("@ManyToManyRel(secondary = \"product_tag\", backPopulates = \"tags\","
                + " joinColumn = \"id_a\", inverseJoinColumn = \"id_b\")");
        Result result = ErrorTesting.compile(List.of(), List.of(product, tag));
        assertThat(result.compilation()).failed();
        assertThat(result.compilation()).hadErrorContaining("[RelateColumnsMismatch]");
        result.wroteNothing();
    }

    @Test
    void columnsNamedByPositionAndPerEndAtOnceAreAnError() {
        JavaFileObject product = product("@ManyToManyRel(secondary = \"product_tag\", backPopulates = \"products\","
                + " leftColumn = \"tag_id\", joinColumn = \"product_id\")");
        Result result = ErrorTesting.compile(List.of(), List.of(product,
                tag("@ManyToManyRel(secondary = \"product_tag\", backPopulates = \"tags\")")));
        assertError(result, "RelateColumnsBothWays", product, 5,
                "Product.tags names its association table's columns by position (leftColumn, rightColumn) and per"
                        + " end (joinColumn, inverseJoinColumn), which can be read two ways: name them one way only,"
                        + " best per end (joinColumn holds the ids of Product, inverseJoinColumn those of Tag)");
        result.wroteNothing();
    }

    private static JavaFileObject product(String annotation) {
        return JavaFileObjects.forSourceLines("test.columns.Product", "package test.columns;",
                "import dev.relate.*;", "import java.util.*;",
                "public class Product {",
                "    " + annotation,
                "    Set<Tag> tags = new LinkedHashSet<>();",
                "    long id;",
                "}");
    }

    private static JavaFileObject tag(String annotation) {
        return JavaFileObjects.forSourceLines("test.columns.Tag", "package test.columns;",
                "import dev.relate.*;", "import java.util.*;",
                "public class Tag {",
                "    " + annotation,
                "    Set<Product> products = new LinkedHashSet<>();",
                "    long id;",
                "}");
    }

    private static String generated(Result result, String name) {
        JavaFileObject file = result.compilation().generatedSourceFile(name).orElse(null);
        assertWithMessage("generated %s", name).that(file).isNotNull();
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import dev.relate.processor.errors.ErrorTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules about {@code orderColumn}: only a List end of a many-to-many with an association table
 * stores its order, in a column whose name SQL takes and that no other column of the table has.
 */
class OrderColumnRuleTest {

    @Test
    void orderColumnOnASet() {
        JavaFileObject source = input("ordercolumns/ErroneousOrderColumnOnSet.java");
        Result result = compile(source);
        assertError(result, "RelateOrderColumnNotList", source, "orderColumn = \"tag_order\"",
                "ErroneousOrderColumnOnSet.Post.tags stores its order in orderColumn = \"tag_order\", but it is"
                        + " declared as Set<ErroneousOrderColumnOnSet.Tag>, which has no indexes: declare it a"
                        + " List, or remove orderColumn");
        result.wroteNothing();
    }

    @Test
    void orderColumnWithoutATable() {
        JavaFileObject source = input("ordercolumns/ErroneousOrderColumnNoTable.java");
        Result result = compile(source);
        assertError(result, "RelateOrderColumnNoTable", source, "orderColumn = \"tag_order\"",
                "ErroneousOrderColumnNoTable.Post.tags stores its order in orderColumn = \"tag_order\", but its"
                        + " relationship has no association table: name one with secondary, or remove orderColumn");
        result.wroteNothing();
    }

    @Test
    void orderColumnNamingAnIdColumnInAnotherCase() {
        JavaFileObject source = input("ordercolumns/ErroneousOrderColumnIdClash.java");
        Result result = compile(source);
        assertError(result, "RelateOrderColumnClash", source, "orderColumn = \"TAG_ID\"",
                "orderColumn = \"TAG_ID\" of ErroneousOrderColumnIdClash.Post.tags names its id column tag_id"
                        + " of the table \"post_tag\" (SQL does not tell upper from lower case in names):"
                        + " each column of the table needs a name of its own");
        result.wroteNothing();
    }

    @Test
    void bothEndsNamingOneOrderColumn() {
        JavaFileObject source = input("ordercolumns/ErroneousOrderColumnSameAsOtherEnd.java");
        Result result = compile(source);
        // each end is told, on its own annotation (Post's on line 10, Tag's on line 17), so that either
        // class compiled alone against the other's class file is refused too
        assertThat(result.compilation()).hadErrorContaining("[RelateOrderColumnClash]").inFile(source).onLine(10);
        assertThat(result.compilation()).hadErrorContaining("[RelateOrderColumnClash]").inFile(source).onLine(17);
        assertThat(result.compilation()).hadErrorCount(2);
        assertThat(result.errors()).containsExactly(
                "[RelateOrderColumnClash] orderColumn = \"position\" of ErroneousOrderColumnSameAsOtherEnd.Post.tags"
                        + " names the other end's order column position of the table \"post_tag\": each column of"
                        + " the table needs a name of its own, so give the order column another name",
                "[RelateOrderColumnClash] orderColumn = \"position\" of ErroneousOrderColumnSameAsOtherEnd.Tag.posts"
                        + " names the other end's order column position of the table \"post_tag\": each column of"
                        + " the table needs a name of its own, so give the order column another name");
        result.wroteNothing();
    }

    @Test
    void orderColumnThatSqlCannotName() {
        JavaFileObject source = input("ordercolumns/ErroneousOrderColumnName.java");
        Result result = compile(source);
        assertError(result, "RelateSqlName", source, "orderColumn = \"tag order\"",
                "orderColumn = \"tag order\" is not a name the association table can use in SQL: it contains a"
                        + " space");
        result.wroteNothing();
    }

    @Test
    void orderColumnLongerThanPostgreSqlKeeps() {
        JavaFileObject source = input("ordercolumns/ErroneousOrderColumnTooLong.java");
        Result result = compile(source);
        assertError(result, "RelateNameTooLong", source, "orderColumn = \"the_index",
                "orderColumn = \"the_index_of_each_tag_in_the_list_of_tags_of_its_post_as_saved_by_relate\" has"
                        + " 72 characters, but PostgreSQL keeps only the first 63");
        result.wroteNothing();
    }
}

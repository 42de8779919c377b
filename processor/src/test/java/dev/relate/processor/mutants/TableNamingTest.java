package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.compile;
import static dev.relate.processor.mutants.MutantTesting.source;

import dev.relate.processor.mutants.MutantTesting.Result;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The names of association tables and their columns: which names SQL takes unquoted (every letter
 * and digit, the first character not a digit), and the column of an extra field of an association
 * object: its {@code @Column(name = ...)}, else its name in snake case ({@code pageURL} →
 * {@code page_url}).
 */
class TableNamingTest {
    private static final String RULE =
            "use only ASCII letters, digits and underscores, starting with a letter or an underscore";
    private static final JavaFileObject COLUMN = source("test.Column", """
            package test;

            /** Stands for jakarta.persistence.Column: relate reads any annotation named Column. */
            public @interface Column {
                String name();
            }
            """);

    /** The letters and digits at the ends of their ranges are all allowed; only the first digit is wrong. */
    @Test
    void aNameStartingWithADigitIsReportedAsSuch() {
        JavaFileObject names = source("test.Names", """
                package test;

                import dev.relate.ManyToManyRel;
                import java.util.HashSet;
                import java.util.Set;

                public class Names {
                    long id;

                    @ManyToManyRel(secondary = "0azAZ9_")
                    Set<Names> zero = new HashSet<>();

                    @ManyToManyRel(secondary = "9_azAZ0")
                    Set<Names> nine = new HashSet<>();
                }
                """);
        Result result = compile(names);
        assertThat(result.compilation()).hadErrorCount(2);
        assertThat(result.compilation()).hadErrorContaining("[RelateSqlName] secondary = \"0azAZ9_\" is not a name the"
                + " association table can use in SQL: it starts with a digit: " + RULE).inFile(names)
                .onLineContaining("0azAZ9_");
        assertThat(result.compilation()).hadErrorContaining("[RelateSqlName] secondary = \"9_azAZ0\" is not a name the"
                + " association table can use in SQL: it starts with a digit: " + RULE).inFile(names)
                .onLineContaining("9_azAZ0");
        assertThat(result.written()).isEmpty();
    }

    @Test
    void extraColumnsAreNamedInSnakeCaseUnlessAnnotated() {
        Result result = compile(List.of("-Xlint:all", "-Xlint:-processing", "-Werror"), COLUMN, source("test.Visit", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                @AssociationObject(table = "visits", left = "person", right = "site")
                public class Visit {
                    @ManyToOneRel(backPopulates = "visits")
                    Person person;

                    @ManyToOneRel(backPopulates = "visits")
                    Site site;

                    int pageURL;

                    int myURLValue;

                    int orderLINE;

                    int count;

                    @Column(name = "given_name")
                    int renamed;

                    @Column(name = "")
                    int blankName;

                    public static class Person {
                        long id;

                        @OneToManyRel(backPopulates = "person")
                        List<Visit> visits = new ArrayList<>();
                    }

                    public static class Site {
                        long id;

                        @OneToManyRel(backPopulates = "site")
                        List<Visit> visits = new ArrayList<>();
                    }
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = result.source("test.VisitsTable");
        assertThat(table).contains("new TableColumn[] {TableColumn.of(\"page_url\"), TableColumn.of(\"my_url_value\"),"
                + " TableColumn.of(\"order_line\"), TableColumn.of(\"count\"), TableColumn.of(\"given_name\"),"
                + " TableColumn.of(\"blank_name\")}");
        assertThat(table).contains("+ \"page_url INTEGER, \" + \"my_url_value INTEGER, \" + \"order_line INTEGER, \"");
    }

    @Test
    void theNamesOfAnAssociationObjectsTableAreCheckedAndAnErrorStopsTheHelpersOfBothSides() {
        JavaFileObject visit = source("test.Visit", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                @AssociationObject(table = "site visits", leftColumn = "select")
                public class Visit {
                    @ManyToOneRel(backPopulates = "visits")
                    Person person;

                    @ManyToOneRel(backPopulates = "visits")
                    Site site;

                    public static class Person {
                        long id;

                        @OneToManyRel(backPopulates = "person")
                        List<Visit> visits = new ArrayList<>();
                    }

                    public static class Site {
                        long id;

                        @OneToManyRel(backPopulates = "site")
                        List<Visit> visits = new ArrayList<>();
                    }
                }
                """);
        Result result = compile(visit);
        assertThat(result.compilation()).hadErrorCount(2);
        assertThat(result.compilation()).hadErrorContaining("[RelateSqlName] table = \"site visits\" is not a name the"
                + " association table can use in SQL: it contains a space: " + RULE).inFile(visit)
                .onLineContaining("@AssociationObject");
        assertThat(result.compilation()).hadErrorContaining("[RelateSqlName] leftColumn = \"select\" is not a name the"
                + " association table can use in SQL: it is a reserved word of SQL").inFile(visit)
                .onLineContaining("@AssociationObject");
        // the helpers of the association and of both sides would lack the table
        assertThat(result.written()).isEmpty();
    }

    @Test
    void theColumnOfAnExtraFieldMustBeAnSqlName() {
        JavaFileObject visit = source("test.Visit", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                @AssociationObject(table = "visits")
                public class Visit {
                    @ManyToOneRel(backPopulates = "visits")
                    Person person;

                    @ManyToOneRel(backPopulates = "visits")
                    Site site;

                    int order;

                    public static class Person {
                        long id;

                        @OneToManyRel(backPopulates = "person")
                        List<Visit> visits = new ArrayList<>();
                    }

                    public static class Site {
                        long id;

                        @OneToManyRel(backPopulates = "site")
                        List<Visit> visits = new ArrayList<>();
                    }
                }
                """);
        Result result = compile(visit);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateSqlName] the column of Visit.order = \"order\" is"
                + " not a name the association table can use in SQL: it is a reserved word of SQL").inFile(visit)
                .onLineContaining("int order;");
        assertThat(result.written()).isEmpty();
    }

    @Test
    void anAssociationObjectsTableNeedsTheIdsOfBothSides() {
        JavaFileObject visit = source("test.Visit", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                @AssociationObject(table = "visits")
                public class Visit {
                    @ManyToOneRel(backPopulates = "visits")
                    Person person;

                    @ManyToOneRel(backPopulates = "visits")
                    Site site;

                    public static class Person {
                        @OneToManyRel(backPopulates = "person")
                        List<Visit> visits = new ArrayList<>();
                    }

                    public static class Site {
                        long id;

                        @OneToManyRel(backPopulates = "site")
                        List<Visit> visits = new ArrayList<>();
                    }
                }
                """);
        Result result = compile(visit);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateNoId] Visit.Person has no id that the association"
                + " table \"visits\" can store: add a field or getter named id").inFile(visit)
                .onLineContaining("@AssociationObject");
        assertThat(result.written()).isEmpty();
    }

    /** Every way an extra field can fail to be written when rows are loaded, each with its own fix. */
    @Test
    void anExtraFieldTheTableCannotWriteSaysWhatIsMissing() {
        JavaFileObject visit = source("test.Visit", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                @AssociationObject(table = "visits")
                public class Visit {
                    @ManyToOneRel(backPopulates = "visits")
                    Person person;

                    @ManyToOneRel(backPopulates = "visits")
                    Site site;

                    final int fixed = 0;

                    private int hidden;

                    private int written;

                    private int read;

                    public void setWritten(int written) {
                        this.written = written;
                    }

                    public int getRead() {
                        return read;
                    }

                    public static class Person {
                        long id;

                        @OneToManyRel(backPopulates = "person")
                        List<Visit> visits = new ArrayList<>();
                    }

                    public static class Site {
                        long id;

                        @OneToManyRel(backPopulates = "site")
                        List<Visit> visits = new ArrayList<>();
                    }
                }
                """);
        Result result = compile(visit);
        assertThat(result.compilation()).hadErrorCount(4);
        List<String> fixes = new ArrayList<>();
        for (String error : result.errors()) {
            assertThat(error).startsWith("[RelateColumnNotWritable] ");
            fixes.add(error.substring(error.indexOf("but relate cannot: ") + "but relate cannot: ".length(),
                    error.indexOf(", or mark it transient")));
        }
        assertThat(fixes).containsExactly("remove final", "add getHidden() and setHidden(int)", "add getWritten()",
                "add setRead(int)").inOrder();
        assertThat(result.compilation()).hadErrorContaining("Visit.fixed is stored in the table \"visits\"")
                .inFile(visit).onLineContaining("final int fixed");
        assertThat(result.written()).isEmpty();
    }
}

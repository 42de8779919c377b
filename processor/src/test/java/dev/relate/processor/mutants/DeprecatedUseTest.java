package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.compileClean;
import static dev.relate.processor.mutants.MutantTesting.source;

import dev.relate.processor.mutants.MutantTesting.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A generated file that uses a deprecated class, field or method of the user's suppresses the
 * deprecation warnings javac would give for it (-Xlint:all -Werror builds), whichever part of it
 * is deprecated: the end's field, its other end, its accessors, the class it holds, the id a table
 * reads, an end or a collection an association table reads, or an extra column. Each class here
 * has one deprecated part only, so that nothing else makes its file suppress the warnings.
 */
class DeprecatedUseTest {
    private static final String SUPPRESS = "@SuppressWarnings({\"deprecation\", \"removal\"})";

    @Test
    void relationsClassesUsingADeprecatedPartSuppressTheWarnings() {
        Result result = compileClean(source("test.Uses", """
                package test;

                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Uses {
                    public static class Item {
                    }

                    /** The end's own field. */
                    public static class Holder {
                        @Deprecated
                        @OneToManyRel
                        List<Item> items = new ArrayList<>();
                    }

                    /** The other end's field. */
                    public static class Parent {
                        @OneToManyRel(backPopulates = "parent")
                        List<Child> children = new ArrayList<>();
                    }

                    public static class Child {
                        @Deprecated
                        @ManyToOneRel(backPopulates = "children")
                        Parent parent;
                    }

                    /** The end's getter and setter. */
                    public static class Accessed {
                        @ManyToOneRel
                        private Item item;

                        @Deprecated
                        public Item getItem() {
                            return item;
                        }

                        @Deprecated
                        public void setItem(Item item) {
                            this.item = item;
                        }
                    }

                    /** The class the end holds. */
                    @Deprecated
                    public static class Old {
                    }

                    public static class Keeper {
                        @SuppressWarnings("deprecation")
                        @ManyToOneRel
                        Old old;
                    }
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        for (String relations : List.of("Holder", "Parent", "Accessed", "Keeper")) {
            assertThat(result.source("test.Uses_" + relations + "Relations")).contains(SUPPRESS);
        }
        // Child's own field, used by its own helpers too; Item is not deprecated at all
        assertThat(result.source("test.Uses_ChildRelations")).contains(SUPPRESS);
    }

    @Test
    void aTableClassReadingADeprecatedEndOrIdSuppressesTheWarnings() {
        Result result = compileClean(source("test.Tables", """
                package test;

                import dev.relate.ManyToManyRel;
                import java.util.HashSet;
                import java.util.Set;

                public class Tables {
                    public static class Right {
                        long id;
                    }

                    /** The end the table reads the links from. */
                    public static class DeprecatedEnd {
                        long id;

                        @Deprecated
                        @ManyToManyRel(secondary = "deprecated_end")
                        Set<Right> rights = new HashSet<>();
                    }

                    /** The id the table stores. */
                    public static class DeprecatedId {
                        @Deprecated
                        long id;

                        @ManyToManyRel(secondary = "deprecated_id")
                        Set<Right> rights = new HashSet<>();
                    }
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.source("test.DeprecatedEndTable")).contains(SUPPRESS);
        assertThat(result.source("test.DeprecatedIdTable")).contains(SUPPRESS);
    }

    @Test
    void anAssociationTableReadingADeprecatedEndCollectionOrColumnSuppressesTheWarnings() {
        Result result = compileClean(source("test.Stored", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Stored {
                    /** The right end, which the table reads to save a row. */
                    @AssociationObject(table = "deprecated_right", left = "critic", right = "film")
                    public static class Rating {
                        @ManyToOneRel(backPopulates = "ratings")
                        Critic critic;

                        @Deprecated
                        @ManyToOneRel(backPopulates = "ratings")
                        Film film;
                    }

                    public static class Critic {
                        long id;

                        @OneToManyRel(backPopulates = "critic")
                        List<Rating> ratings = new ArrayList<>();
                    }

                    public static class Film {
                        long id;

                        @OneToManyRel(backPopulates = "film")
                        List<Rating> ratings = new ArrayList<>();
                    }

                    /** The left collection, which the table reads the associations from. */
                    @AssociationObject(table = "deprecated_left", left = "reader", right = "book")
                    public static class Loan {
                        @ManyToOneRel(backPopulates = "loans")
                        Reader reader;

                        @ManyToOneRel(backPopulates = "loans")
                        Book book;
                    }

                    public static class Reader {
                        long id;

                        @Deprecated
                        @OneToManyRel(backPopulates = "reader")
                        List<Loan> loans = new ArrayList<>();
                    }

                    public static class Book {
                        long id;

                        @OneToManyRel(backPopulates = "book")
                        List<Loan> loans = new ArrayList<>();
                    }

                    /** An extra column. */
                    @AssociationObject(table = "deprecated_column", left = "player", right = "club")
                    public static class Signing {
                        @ManyToOneRel(backPopulates = "signings")
                        Player player;

                        @ManyToOneRel(backPopulates = "signings")
                        Club club;

                        @Deprecated
                        int fee;
                    }

                    public static class Player {
                        long id;

                        @OneToManyRel(backPopulates = "player")
                        List<Signing> signings = new ArrayList<>();
                    }

                    public static class Club {
                        long id;

                        @OneToManyRel(backPopulates = "club")
                        List<Signing> signings = new ArrayList<>();
                    }
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        for (String table : List.of("DeprecatedRightTable", "DeprecatedLeftTable", "DeprecatedColumnTable")) {
            assertThat(result.source("test." + table)).contains(SUPPRESS);
        }
    }

    /**
     * The ids an association table stores, as the table of a many-to-many does
     * ({@link #aTableClassReadingADeprecatedEndOrIdSuppressesTheWarnings}): reading {@code critic.id}
     * there must not warn "[deprecation] id in test.Ids.Critic has been deprecated", an error under -Werror.
     */
    @Test
    void anAssociationTableReadingADeprecatedIdSuppressesTheWarnings() {
        Result result = compileClean(source("test.Ids", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Ids {
                    @AssociationObject(table = "deprecated_ids", left = "critic", right = "film")
                    public static class Rating {
                        @ManyToOneRel(backPopulates = "ratings")
                        Critic critic;

                        @ManyToOneRel(backPopulates = "ratings")
                        Film film;
                    }

                    public static class Critic {
                        @Deprecated
                        long id;

                        @OneToManyRel(backPopulates = "critic")
                        List<Rating> ratings = new ArrayList<>();
                    }

                    public static class Film {
                        long id;

                        @OneToManyRel(backPopulates = "film")
                        List<Rating> ratings = new ArrayList<>();
                    }
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.source("test.DeprecatedIdsTable")).contains(SUPPRESS);
    }

    /**
     * javac 8 warns about importing a deprecated class, which no @SuppressWarnings reaches: a
     * deprecated class of another package is written qualified, one of the file's own package by
     * its simple name.
     */
    @Test
    void aDeprecatedClassOfAnotherPackageIsNeverImported() {
        Result result = compileClean(source("a.Old", """
                package a;

                @Deprecated
                public class Old {
                }
                """), source("a.Older", """
                package a;

                @Deprecated
                public class Older {
                }
                """), source("b.Keeper", """
                package b;

                import dev.relate.ManyToOneRel;

                public class Keeper {
                    @SuppressWarnings("deprecation")
                    @ManyToOneRel
                    public a.Old old;
                }
                """), source("a.Holder", """
                package a;

                import dev.relate.ManyToOneRel;

                public class Holder {
                    @SuppressWarnings("deprecation")
                    @ManyToOneRel
                    Older older;
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String keeper = result.source("b.KeeperRelations");
        assertThat(keeper).contains(SUPPRESS);
        assertThat(keeper).doesNotContain("import a.Old;");
        assertThat(keeper).contains("setOld(Keeper keeper, a.Old old)");
        assertThat(result.source("a.HolderRelations")).contains("setOlder(Holder holder, Older older)");
    }
}

package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.compileClean;
import static dev.relate.processor.mutants.MutantTesting.source;

import dev.relate.processor.mutants.MutantTesting.Result;
import org.junit.jupiter.api.Test;

/**
 * Generated code names the {@code java.lang} classes of the user's ends and columns: where a class
 * of the package shadows one ({@code test.Thread}), it writes the class qualified, and it imports a
 * class of another package rather than qualifying it.
 */
class JavaLangShadowingTest {

    @Test
    void endsHoldingJavaLangClassesThatThePackageShadowsAreQualified() {
        Result result = compileClean(
                source("test.Thread", "package test; public class Thread {}"),
                source("test.Worker", """
                        package test;

                        import dev.relate.ManyToOneRel;
                        import dev.relate.OneToManyRel;
                        import java.util.ArrayList;
                        import java.util.List;

                        public class Worker {
                            @ManyToOneRel
                            java.lang.Thread thread;

                            @OneToManyRel
                            List<java.lang.Thread.State> states = new ArrayList<>();
                        }
                        """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String worker = result.source("test.WorkerRelations");
        assertThat(worker).contains("setThread(Worker worker, java.lang.Thread thread)");
        assertThat(worker).contains("public static List<java.lang.Thread.State> states(Worker worker)");
    }

    @Test
    void anExtraColumnOfAJavaLangClassThatThePackageShadowsIsQualified() {
        Result result = compileClean(
                source("test.Short", "package test; public class Short {}"),
                source("test.Rating", """
                        package test;

                        import dev.relate.AssociationObject;
                        import dev.relate.ManyToOneRel;
                        import dev.relate.OneToManyRel;
                        import java.util.ArrayList;
                        import java.util.List;

                        @AssociationObject(table = "ratings")
                        public class Rating {
                            @ManyToOneRel(backPopulates = "ratings")
                            Critic critic;

                            @ManyToOneRel(backPopulates = "ratings")
                            Film film;

                            java.lang.Short stars;

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
                        }
                        """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.source("test.RatingsTable")).contains("row.getObject(first, java.lang.Short.class)");
    }

    /** A class of another package is imported, even where the package has a class of that simple name. */
    @Test
    void aClassOfAnotherPackageIsImportedNotQualified() {
        Result result = compileClean(
                source("a.Child", "package a; public class Child {}"),
                source("a.Parent", """
                        package a;

                        import dev.relate.OneToManyRel;
                        import java.util.ArrayList;
                        import java.util.List;

                        public class Parent {
                            @OneToManyRel(backPopulates = "parent")
                            public List<b.Child> children = new ArrayList<>();
                        }
                        """),
                source("b.Child", """
                        package b;

                        import dev.relate.ManyToOneRel;

                        public class Child {
                            @ManyToOneRel(backPopulates = "children")
                            public a.Parent parent;
                        }
                        """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String parent = result.source("a.ParentRelations");
        assertThat(parent).contains("import b.Child;");
        assertThat(parent).doesNotContain("b.Child>");
    }
}

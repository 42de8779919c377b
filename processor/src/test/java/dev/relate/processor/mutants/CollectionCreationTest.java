package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.compileClean;
import static dev.relate.processor.mutants.MutantTesting.source;

import dev.relate.processor.mutants.MutantTesting.Result;
import org.junit.jupiter.api.Test;

/**
 * A collection end of the user's own collection class is created by the helpers only where every
 * package whose helpers may create it can call its constructor; otherwise the user initialises it.
 */
class CollectionCreationTest {

    @Test
    void aCollectionClassWhoseConstructorOnePackageCannotCallIsNotCreated() {
        Result result = compileClean(source("a.Parent", """
                package a;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;

                public class Parent {
                    @OneToManyRel(backPopulates = "parent")
                    public Kids kids;

                    public static class Kids extends ArrayList<b.Child> {
                        private static final long serialVersionUID = 1L;

                        Kids() {
                        }
                    }
                }
                """), source("b.Child", """
                package b;

                import dev.relate.ManyToOneRel;

                public class Child {
                    @ManyToOneRel(backPopulates = "kids")
                    public a.Parent parent;
                }
                """), source("a.Box", """
                package a;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;

                public class Box {
                    @OneToManyRel
                    Items items;

                    static class Items extends ArrayList<Box> {
                        private static final long serialVersionUID = 1L;

                        Items() {
                        }
                    }
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.source("a.ParentRelations")).doesNotContain("new Parent.Kids()");
        assertThat(result.source("b.ChildRelations")).doesNotContain("new Parent.Kids()");
        // used from its own package only, a package-private class and constructor are enough
        assertThat(result.source("a.BoxRelations")).contains("new Box.Items()");
    }
}

package dev.relate.processor.mutants;

import dev.relate.processor.RelateClaims;
import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.assertNoCrash;
import static dev.relate.processor.mutants.MutantTesting.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.relate.processor.RelateProcessor;
import dev.relate.processor.testing.Wrapping;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What relate asks of the {@link Filer}: each file is created with the class it is written for as
 * its one originating element (incremental builds, Gradle's isolating processors, rely on it), and
 * the files of a round in a stable order: helpers by class, then the tables of many-to-manys, then
 * those of association objects, each by class name.
 */
class OriginatingElementsTest {

    @Test
    void eachFileHasItsClassAsOriginatingElementAndTheFilesComeInOrder() {
        List<String> created = new ArrayList<>();
        Compilation compilation = Compiler.javac()
                .withProcessors(Wrapping.inside(new RelateProcessor(), env -> new Wrapping.Recording(env, created)), new RelateClaims())
                .compile(source("test.Shop", """
                        package test;

                        import dev.relate.AssociationObject;
                        import dev.relate.ManyToManyRel;
                        import dev.relate.ManyToOneRel;
                        import dev.relate.OneToManyRel;
                        import java.util.ArrayList;
                        import java.util.HashSet;
                        import java.util.List;
                        import java.util.Set;

                        public class Shop {
                            public static class Item {
                                long id;

                                @ManyToManyRel(secondary = "zeta")
                                Set<Item> zetas = new HashSet<>();

                                @ManyToManyRel(secondary = "alpha")
                                Set<Item> alphas = new HashSet<>();

                                @OneToManyRel(backPopulates = "item")
                                List<Line> lines = new ArrayList<>();

                                @OneToManyRel(backPopulates = "item")
                                List<Mark> marks = new ArrayList<>();
                            }

                            public static class Buyer {
                                long id;

                                @OneToManyRel(backPopulates = "buyer")
                                List<Line> lines = new ArrayList<>();

                                @OneToManyRel(backPopulates = "buyer")
                                List<Mark> marks = new ArrayList<>();
                            }

                            @AssociationObject(table = "zz_lines")
                            public static class Line {
                                @ManyToOneRel(backPopulates = "lines")
                                Item item;

                                @ManyToOneRel(backPopulates = "lines")
                                Buyer buyer;
                            }

                            @AssociationObject(table = "aa_marks")
                            public static class Mark {
                                @ManyToOneRel(backPopulates = "marks")
                                Item item;

                                @ManyToOneRel(backPopulates = "marks")
                                Buyer buyer;
                            }
                        }
                        """));
        assertNoCrash(compilation);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(created).containsExactly(
                "test.Shop_BuyerRelations [test.Shop.Buyer]",
                "test.Shop_ItemRelations [test.Shop.Item]",
                "test.Shop_LineRelations [test.Shop.Line]",
                "test.Shop_MarkRelations [test.Shop.Mark]",
                "test.AlphaTable [test.Shop.Item]",
                "test.ZetaTable [test.Shop.Item]",
                "test.AaMarksTable [test.Shop.Mark]",
                "test.ZzLinesTable [test.Shop.Line]").inOrder();
    }
}

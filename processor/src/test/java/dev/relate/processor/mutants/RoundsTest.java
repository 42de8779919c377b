package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.assertNoCrash;
import static dev.relate.processor.mutants.MutantTesting.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.relate.processor.RelateClaims;
import dev.relate.processor.RelateProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What relate does across the rounds of a compilation: classes whose ends wait for a type another
 * processor generates are checked, and written, once; an association object found only through
 * such a wait is still one; errors come in the order of the fields; and relate claims
 * {@code @Generated} only when it is on classes relate wrote.
 */
class RoundsTest {

    /** Writes one class in the first round, as another annotation processor would. */
    private static final class Generator extends AbstractProcessor {
        private final String name;
        private final String text;
        private boolean done;

        Generator(String name, String text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
                    writer.write(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    /** Records the classes annotated with {@code @Generated} that reach it, unclaimed. */
    private static final class GeneratedWatcher extends AbstractProcessor {
        final List<String> seen = new ArrayList<>();

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("javax.annotation.processing.Generated");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            for (TypeElement annotation : annotations) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    seen.add(((TypeElement) element).getQualifiedName().toString());
                }
            }
            return false;
        }
    }

    private static final String EXTRA = "package test;\npublic class Extra {\n}\n";

    @Test
    void aOneWayEndWhoseClassIsGeneratedLaterIsWrittenOnce() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new Generator("test.Extra", EXTRA), new RelateProcessor(), new RelateClaims())
                .compile(source("test.Holder", """
                        package test;

                        import dev.relate.OneToManyRel;
                        import java.util.ArrayList;
                        import java.util.List;

                        public class Holder {
                            @OneToManyRel
                            List<Extra> extras = new ArrayList<>();
                        }
                        """));
        assertNoCrash(compilation);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.HolderRelations").contentsAsUtf8String()
                .contains("public static List<Extra> extras(Holder holder)");
    }

    /** The association object has no annotated field: only the wait for Extra brings it back. */
    @Test
    void anAssociationObjectWaitingForAGeneratedTypeIsStillOne() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new Generator("test.Extra", EXTRA), new RelateProcessor(), new RelateClaims())
                .compile(source("test.Library", """
                        package test;

                        import dev.relate.AssociationObject;
                        import dev.relate.ManyToOneRel;
                        import dev.relate.OneToManyRel;
                        import java.util.ArrayList;
                        import java.util.List;

                        public class Library {
                            public static class Reader {
                                @OneToManyRel(backref = "reader")
                                List<Loan> loans = new ArrayList<>();

                                @ManyToOneRel
                                Extra extra;
                            }

                            public static class Book {
                                @OneToManyRel(backref = "book")
                                List<Loan> loans = new ArrayList<>();
                            }

                            @AssociationObject
                            public static class Loan {
                                Reader reader;

                                Book book;
                            }
                        }
                        """));
        assertNoCrash(compilation);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Library_LoanRelations").contentsAsUtf8String()
                .contains("public static Library.Loan link(Library.Reader reader, Library.Book book)");
    }

    /** Errors follow the fields of each class in source order, whichever annotations they carry. */
    @Test
    void errorsAreReportedInTheOrderOfTheFields() {
        Compilation compilation = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims()).compile(
                source("test.A", """
                        package test;

                        import dev.relate.ManyToOneRel;
                        import dev.relate.OneToManyRel;
                        import java.util.List;

                        public class A {
                            @OneToManyRel
                            A first;

                            @ManyToOneRel
                            List<A> second;
                        }
                        """),
                source("test.B", """
                        package test;

                        import dev.relate.ManyToOneRel;
                        import dev.relate.OneToManyRel;
                        import java.util.List;

                        public class B {
                            @ManyToOneRel
                            List<B> first;

                            @OneToManyRel
                            B second;
                        }
                        """));
        assertNoCrash(compilation);
        List<String> fields = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            String message = error.getMessage(Locale.ROOT);
            fields.add(message.substring(message.indexOf(" on ") + 4, message.indexOf(" needs ")));
        }
        assertThat(fields).containsExactly("A.first", "A.second", "B.first", "B.second").inOrder();
    }

    @Test
    void generatedAnnotationsOfOtherToolsAreLeftUnclaimed() {
        GeneratedWatcher watcher = new GeneratedWatcher();
        Compilation compilation = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims(), watcher)
                .compile(source("test.Made", """
                        package test;

                        import dev.relate.ManyToOneRel;

                        @javax.annotation.processing.Generated("another tool")
                        public class Made {
                            @ManyToOneRel
                            Made next;
                        }
                        """));
        assertNoCrash(compilation);
        assertThat(compilation).succeeded();
        // relate's own, test.MadeRelations, relate claims
        assertThat(watcher.seen).containsExactly("test.Made");
    }

    /** A class waiting for a generated type brings back its @Backref fields too, which are checked then. */
    @Test
    void aBackrefMarkerOfAWaitingClassIsCheckedOnceItIsBack() {
        JavaFileObject holder = source("test.Holder", """
                package test;

                import dev.relate.Backref;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Holder {
                    @OneToManyRel
                    List<Extra> extras = new ArrayList<>();

                    @Backref
                    Holder orphan;
                }
                """);
        Compilation compilation = Compiler.javac()
                .withProcessors(new Generator("test.Extra", EXTRA), new RelateProcessor(), new RelateClaims())
                .compile(holder);
        assertNoCrash(compilation);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[RelateOrphanBackref] Holder.orphan is marked @Backref")
                .inFile(holder).onLineContaining("@Backref");
    }
}

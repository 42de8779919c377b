package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Ends whose types another processor generates in a later round are checked once those types exist. */
class MultiRoundTest {
    private static final JavaFileObject PARENT = JavaFileObjects.forSourceLines("test.Parent",
            "package test;",
            "import dev.relate.OneToManyRel;",
            "import java.util.List;",
            "public class Parent {",
            "    @OneToManyRel(backPopulates = \"parent\")",
            "    List<Child> children;",
            "}");

    /** Writes test.Child, the other end of Parent.children, in the first round. */
    private static final class ChildGenerator extends AbstractProcessor {
        private boolean done;

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
                try (Writer writer = processingEnv.getFiler().createSourceFile("test.Child").openWriter()) {
                    writer.write("package test;\n"
                            + "public class Child {\n"
                            + "    @dev.relate.ManyToOneRel(backPopulates = \"children\")\n"
                            + "    Parent parent;\n"
                            + "}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void anEndWhoseClassIsGeneratedLaterIsCheckedThen() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new ChildGenerator(), new RelateProcessor(), new RelateClaims())
                .compile(PARENT);

        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.ParentRelations").contentsAsUtf8String()
                .contains("addToChildren(Parent parent, Child child)");
        assertThat(compilation).generatedSourceFile("test.ChildRelations").contentsAsUtf8String()
                .contains("setParent(Child child, Parent parent)");
        assertThat(compilation.errors()).isEmpty();
    }

    @Test
    void aTypeThatNeverComesIsLeftToTheCompiler() {
        JavaFileObject orphan = JavaFileObjects.forSourceLines("test.Orphan",
                "package test;",
                "import dev.relate.ManyToOneRel;",
                "public class Orphan {",
                "    @ManyToOneRel(backPopulates = \"orphans\")",
                "    Missing parent;",
                "}");

        Compilation compilation = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims()).compile(orphan);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(orphan).onLineContaining("Missing");
    }
}

package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** An unexpected exception inside the processor becomes one error on the class at hand, never a crash. */
class UnexpectedFailureTest {
    private static final JavaFileObject PARENT = JavaFileObjects.forSourceLines("test.Parent",
            "package test;",
            "import dev.relate.OneToManyRel;",
            "import java.util.List;",
            "public class Parent {",
            "    @OneToManyRel(backPopulates = \"parent\")",
            "    List<Child> children;",
            "}");
    private static final JavaFileObject CHILD = JavaFileObjects.forSourceLines("test.Child",
            "package test;",
            "import dev.relate.ManyToOneRel;",
            "public class Child {",
            "    @ManyToOneRel(backPopulates = \"children\")",
            "    Parent parent;",
            "}");

    @Test
    void anExceptionWhileWritingOneClassIsOneErrorOnThatClass() {
        RelateProcessor processor = new RelateProcessor(relations -> {
            if (relations.owner().simpleName().equals("Parent")) {
                throw new IllegalStateException("forced failure");
            }
        });

        Compilation compilation = Compiler.javac().withProcessors(processor).compile(PARENT, CHILD);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[RelateUnexpected]")
                .inFile(PARENT)
                .onLineContaining("public class Parent");
        assertThat(compilation).hadErrorContaining("forced failure");
        assertThat(compilation).hadErrorContaining("please report it");
        assertThat(compilation.diagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> d.getMessage(null))
                        .noneMatch(m -> m.contains("\tat ")))
                .isTrue();
    }
}

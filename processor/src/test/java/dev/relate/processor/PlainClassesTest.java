package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * relate reads every round, so it sees every class of a build, most of which have nothing to do
 * with it: whatever their fields, it says nothing about them and writes nothing for them.
 */
class PlainClassesTest {

    private static final JavaFileObject ODD_FIELDS = JavaFileObjects.forSourceLines("test.Odd",
            "package test;",
            "import java.util.*;",
            "public class Odd<T, K extends Comparable<K>> {",
            "    T value;",
            "    List<T> values;",
            "    List<? extends Number> numbers;",
            "    @SuppressWarnings(\"rawtypes\") List raw;",
            "    Map<K, List<T>> nested;",
            "    int[] ints;",
            "    Odd<?, ?>[] odds;",
            "    static Set<Odd<?, ?>> ALL = new HashSet<>();",
            "    Runnable task = () -> { };",
            "    enum Kind { A, B }",
            "    Kind kind;",
            "    Object anything;",
            "    String name;",
            "    Optional<Odd<T, K>> parent;",
            "}");

    @Test
    void classesWithoutAnEndGetNoWordAndNoFile() {
        Compilation compilation = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims())
                .withOptions("-Xlint:all", "-Werror")
                .compile(ODD_FIELDS);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFiles()).isEmpty();
    }

    @Test
    void aFieldOfAMissingTypeIsJavacsErrorAlone() {
        JavaFileObject broken = JavaFileObjects.forSourceLines("test.Broken",
                "package test;",
                "import java.util.List;",
                "public class Broken {",
                "    Missing one;",
                "    List<Missing> many;",
                "}");

        Compilation compilation = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims())
                .compile(broken, ODD_FIELDS);

        assertThat(compilation).failed();
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            assertThat(error.getMessage(null)).doesNotContain("Relate");
        }
        assertThat(compilation).hadErrorContaining("cannot find symbol");
    }
}

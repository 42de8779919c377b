package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;

import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.errors.ErrorTesting.Result;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The errors about the other end of a relationship are reported on the value that names it
 * ({@code backPopulates}, {@code backref}, or the {@code mappedBy} of {@code @OneToOneRel} and of JPA),
 * not on the annotation: each input writes that value on a line below the annotation's.
 */
class PairingErrorLinesTest {

    @Test
    void aMissingFieldNamedByMappedByOrBackPopulatesOfOneToOneRel() {
        JavaFileObject a = source("A", "import dev.relate.*;",
                "public class A {",
                "    @OneToOneRel(",
                "            mappedBy = \"missing\")",
                "    B b;",
                "    @OneToOneRel(",
                "            backPopulates = \"missing2\")",
                "    B c;",
                "}");
        Result result = compile(a, source("B", "public class B {", "    A a;", "}"));
        assertThat(result.compilation()).hadErrorCount(2);
        assertThat(result.compilation()).hadErrorContaining("[RelateMissingField] mappedBy = \"missing\" names no")
                .inFile(a).onLineContaining("mappedBy = \"missing\"");
        assertThat(result.compilation()).hadErrorContaining("[RelateMissingField] backPopulates = \"missing2\"")
                .inFile(a).onLineContaining("backPopulates = \"missing2\"");
    }

    @Test
    void aMissingFieldNamedByJpaMappedBy() {
        JavaFileObject a = source("A", "import jakarta.persistence.*;", "import java.util.*;",
                "@Entity public class A {",
                "    @Id Long id;",
                "    @OneToMany(",
                "            mappedBy = \"nothere\")",
                "    List<B> ds = new ArrayList<>();",
                "}");
        JavaFileObject b = source("B", "import jakarta.persistence.*;",
                "@Entity public class B {", "    @Id Long id;", "    @ManyToOne A a;", "}");
        Result result = JpaMappingsTest.compile("jakarta", List.of(), a, b);
        assertError(result, "RelateMissingField", a, "mappedBy = \"nothere\"",
                "mappedBy = \"nothere\" names no field of B");
    }

    @Test
    void aMissingFieldNamedByBackref() {
        JavaFileObject a = source("A", "import dev.relate.*;",
                "public class A {",
                "    @ManyToOneRel(",
                "            backref = \"nothere\")",
                "    B b;",
                "}");
        Result result = compile(a, source("B", "public class B {", "}"));
        assertError(result, "RelateMissingField", a, "backref = \"nothere\"", "backref = \"nothere\" names no field");
    }

    @Test
    void mappedByNamingTheFieldItself() {
        JavaFileObject node = source("Node", "import dev.relate.*;",
                "public class Node {",
                "    @OneToOneRel(",
                "            mappedBy = \"twin\")",
                "    Node twin;",
                "}");
        Result result = compile(node);
        assertError(result, "RelateSelfInverse", node, "mappedBy = \"twin\"",
                "mappedBy = \"twin\" names the annotated field itself");
    }

    @Test
    void jpaMappedByNamingAStaticField() {
        JavaFileObject a = source("A", "import jakarta.persistence.*;", "import java.util.*;",
                "@Entity public class A {",
                "    @Id Long id;",
                "    @OneToMany(",
                "            mappedBy = \"owner\")",
                "    List<B> bs = new ArrayList<>();",
                "}");
        JavaFileObject b = source("B", "import jakarta.persistence.*;",
                "@Entity public class B {", "    @Id Long id;", "    @ManyToOne static A owner;", "}");
        Result result = JpaMappingsTest.compile("jakarta", List.of(), a, b);
        assertThat(result.compilation()).hadErrorContaining("[RelateOtherEndStatic] mappedBy = \"owner\" names B.owner")
                .inFile(a).onLineContaining("mappedBy = \"owner\"");
    }

    @Test
    void mappedByNamingAFieldWithoutAMapping() {
        JavaFileObject a = source("A", "import dev.relate.*;",
                "public class A {",
                "    @OneToOneRel(",
                "            mappedBy = \"a\")",
                "    B b;",
                "}");
        Result result = compile(a, source("B", "public class B {", "    A a;", "}"));
        assertError(result, "RelateMappedByNotMapped", a, "mappedBy = \"a\"", "mappedBy = \"a\" names B.a");
    }

    @Test
    void mappedByNamingAFieldOfAnotherType() {
        JavaFileObject a = source("A", "import dev.relate.*;",
                "public class A {",
                "    @OneToOneRel(",
                "            mappedBy = \"c\")",
                "    B b;",
                "}");
        JavaFileObject b = source("B", "import dev.relate.*;",
                "public class B {", "    @OneToOneRel(backPopulates = \"b\") C c;", "}");
        JavaFileObject c = source("C", "import dev.relate.*;",
                "public class C {", "    @OneToOneRel(mappedBy = \"c\") B b;", "}");
        Result result = compile(a, b, c);
        assertThat(result.compilation()).hadErrorContaining("[RelateEndTypeMismatch] mappedBy = \"c\" names B.c")
                .inFile(a).onLineContaining("mappedBy = \"c\"");
    }

    @Test
    void mappedByNamingAnEndThatNamesAnother() {
        JavaFileObject a = source("A", "import dev.relate.*;",
                "public class A {",
                "    @OneToOneRel(",
                "            mappedBy = \"a\")",
                "    B b;",
                "    @OneToOneRel(mappedBy = \"a\") B other;",
                "}");
        JavaFileObject b = source("B", "import dev.relate.*;",
                "public class B {", "    @OneToOneRel(backPopulates = \"other\") A a;", "}");
        Result result = compile(a, b);
        assertThat(result.compilation()).hadErrorContaining("[RelateEndsDisagree] A.b names B.a")
                .inFile(a).onLine(5);
    }

    @Test
    void mappedByBesideBackPopulates() {
        JavaFileObject a = source("A", "import dev.relate.*;",
                "public class A {",
                "    @OneToOneRel(backPopulates = \"a\",",
                "            mappedBy = \"a\")",
                "    B b;",
                "}");
        JavaFileObject b = source("B", "import dev.relate.*;",
                "public class B {", "    @OneToOneRel(mappedBy = \"b\") A a;", "}");
        Result result = compile(a, b);
        assertError(result, "RelateOneToOneBothRoles", a, "mappedBy = \"a\")", "A.b says mappedBy = \"a\"");
    }

    @Test
    void mappedByThatDisagreesWithJpa() {
        JavaFileObject a = source("A", "import dev.relate.*;", "import jakarta.persistence.*;",
                "@Entity public class A {",
                "    @Id Long id;",
                "    @OneToOne(mappedBy = \"a\")",
                "    @OneToOneRel(",
                "            mappedBy = \"other\")",
                "    B b;",
                "}");
        JavaFileObject b = source("B", "import jakarta.persistence.*;",
                "@Entity public class B {", "    @Id Long id;", "    @OneToOne A a;", "    @OneToOne A other;", "}");
        Result result = JpaMappingsTest.compile("jakarta", List.of(), a, b);
        assertThat(result.compilation()).hadErrorContaining("[RelateJpaDisagrees] A.b: relate's @OneToOneRel says")
                .inFile(a).onLineContaining("mappedBy = \"other\"");
    }

    private static JavaFileObject source(String name, String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = "package test.lines;";
        System.arraycopy(lines, 0, all, 1, lines.length);
        return JavaFileObjects.forSourceLines("test.lines." + name, all);
    }
}

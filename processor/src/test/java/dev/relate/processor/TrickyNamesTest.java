package dev.relate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Names and declarations of the user's that the generated code must live with: it compiles for
 * Java 8 under every lint with warnings as errors.
 */
class TrickyNamesTest {

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new RelateProcessor(), new RelateClaims())
                .withOptions("--release", "8", "-Xlint:all", "-Xlint:-options", "-Werror")
                .compile(sources);
    }

    @Test
    void aSelfReferentialClassNamedElementGetsDistinctParameterNames() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Element",
                "package test;",
                "import dev.relate.ManyToOneRel;",
                "import dev.relate.OneToManyRel;",
                "import java.util.List;",
                "public class Element {",
                "    @OneToManyRel(backPopulates = \"parent\") List<Element> children;",
                "    @ManyToOneRel(backPopulates = \"children\") Element parent;",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ElementRelations").contentsAsUtf8String()
                .contains("addToChildren(Element element, Element other)");
    }

    @Test
    void aFieldNamedLikeItsOwnersParameterGetsAnotherName() {
        Compilation compilation = compile(
                JavaFileObjects.forSourceLines("test.Value",
                        "package test;",
                        "import dev.relate.ManyToOneRel;",
                        "public class Value {",
                        "    @ManyToOneRel Value value;",
                        "}"),
                JavaFileObjects.forSourceLines("test.Elements",
                        "package test;",
                        "import dev.relate.OneToManyRel;",
                        "import java.util.List;",
                        "public class Elements {",
                        "    @OneToManyRel List<Value> elements;",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ValueRelations").contentsAsUtf8String()
                .contains("setValue(Value value, Value other)");
        assertThat(compilation).generatedSourceFile("test.ElementsRelations").contentsAsUtf8String()
                .contains("setElements(Elements elements, Collection<? extends Value> values)");
    }

    @Test
    void aCapitalisedClassNameNeverHidesAnEndConstant() {
        Compilation compilation = compile(
                JavaFileObjects.forSourceLines("test.URL",
                        "package test;",
                        "import dev.relate.OneToManyRel;",
                        "import java.util.List;",
                        "public class URL {",
                        "    @OneToManyRel(backPopulates = \"parentUrl\") List<Page> url;",
                        "}"),
                JavaFileObjects.forSourceLines("test.Page",
                        "package test;",
                        "import dev.relate.ManyToOneRel;",
                        "public class Page {",
                        "    @ManyToOneRel(backPopulates = \"url\") URL parentUrl;",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.URLRelations").contentsAsUtf8String()
                .contains("public static List<Page> url(URL url) {");
    }

    @Test
    void aClassOfTheUsersNamedLikeAJavaLangClassIsNotConfusedWithIt() {
        Compilation compilation = compile(
                JavaFileObjects.forSourceLines("test.Override", "package test;", "public class Override {}"),
                JavaFileObjects.forSourceLines("test.Object", "package test;", "public class Object {}"),
                JavaFileObjects.forSourceLines("test.Parent",
                        "package test;",
                        "import dev.relate.OneToManyRel;",
                        "import java.util.List;",
                        "public class Parent {",
                        "    @OneToManyRel(backPopulates = \"parent\") List<Child> children;",
                        "}"),
                JavaFileObjects.forSourceLines("test.Child",
                        "package test;",
                        "import dev.relate.ManyToOneRel;",
                        "public class Child {",
                        "    @ManyToOneRel(backPopulates = \"children\") Parent parent;",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ParentRelations").contentsAsUtf8String()
                .contains("@java.lang.Override");
    }

    @Test
    void deprecatedClassesAndFieldsOfTheUsersGiveNoWarningsInGeneratedCode() {
        Compilation compilation = compile(
                JavaFileObjects.forSourceLines("test.Parent",
                        "package test;",
                        "import dev.relate.OneToManyRel;",
                        "import java.util.List;",
                        "@Deprecated",
                        "public class Parent {",
                        "    @Deprecated @OneToManyRel(backPopulates = \"parent\") List<Child> children;",
                        "}"),
                JavaFileObjects.forSourceLines("test.Child",
                        "package test;",
                        "import dev.relate.ManyToOneRel;",
                        "public class Child {",
                        "    @SuppressWarnings(\"deprecation\")",
                        "    @ManyToOneRel(backPopulates = \"children\") Parent parent;",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ChildRelations").contentsAsUtf8String()
                .contains("@SuppressWarnings({\"deprecation\", \"removal\"})");
    }

    @Test
    void collectionClassesThatCannotBeCreatedFromOutsideAreLeftForTheUserToInitialize() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Parent",
                "package test;",
                "import dev.relate.ManyToOneRel;",
                "import dev.relate.OneToManyRel;",
                "import java.util.ArrayList;",
                "public class Parent {",
                "    class Kids extends ArrayList<Item> {",
                "        private static final long serialVersionUID = 1L;",
                "    }",
                "    static class Checked extends ArrayList<Item> {",
                "        private static final long serialVersionUID = 1L;",
                "        Checked() throws Exception {",
                "        }",
                "    }",
                "    @OneToManyRel(backPopulates = \"parent\") Kids kids = new Kids();",
                "    @OneToManyRel Checked checked;",
                "    static class Item {",
                "        @ManyToOneRel(backPopulates = \"kids\") Parent parent;",
                "    }",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ParentRelations").contentsAsUtf8String()
                .doesNotContain("storeCollection");
    }

    @Test
    void aCollectionClassTheGeneratedCodeCannotNameIsAnError() {
        JavaFileObject parent = JavaFileObjects.forSourceLines("test.Parent",
                "package test;",
                "import dev.relate.OneToManyRel;",
                "import java.util.ArrayList;",
                "public class Parent {",
                "    private static class Kids extends ArrayList<Parent> {",
                "        private static final long serialVersionUID = 1L;",
                "    }",
                "    @OneToManyRel Kids kids = new Kids();",
                "}");
        Compilation compilation = compile(parent);
        assertThat(compilation).hadErrorContaining("[RelateClassNotVisible] Parent.Kids is not visible from package test")
                .inFile(parent).onLineContaining("@OneToManyRel Kids kids");
        assertThat(compilation).hadErrorCount(1);
    }
}

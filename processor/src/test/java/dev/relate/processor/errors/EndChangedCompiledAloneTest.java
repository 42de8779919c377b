package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.processor.ecosystem.Compilers;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The collection end of a one-to-many changed, and its class compiled alone against a full build's
 * output, under javac and ecj. {@code ChildRelations} reaches {@code Parent.children} only through
 * the end object {@code ParentRelations.CHILDREN}, which is written again with {@code Parent}: a
 * change that leaves that constant's erased type and {@code ChildRelations}'s text as they were is
 * no change for it (a {@code List} made a {@code Set}), and the old {@code ChildRelations} runs with
 * the new {@code ParentRelations}; one that does not (a keyed map, a one-to-one, kept positions) is
 * {@code RelateStaleHelpers} on the class compiled.
 */
class EndChangedCompiledAloneTest {
    private static final String PARENT = """
            package test.ends;

            import dev.relate.OneToManyRel;
            import java.util.ArrayList;
            import java.util.List;

            public class Parent {
                @OneToManyRel(backPopulates = "parent")
                List<Child> children = new ArrayList<>();
            }
            """;

    private static final String CHILD = """
            package test.ends;

            import dev.relate.ManyToOneRel;

            public class Child {
                String name;
                int rank;
                @ManyToOneRel(backPopulates = "children")
                Parent parent;
            }
            """;

    private static final String LIST_FIELD = """
                @OneToManyRel(backPopulates = "parent")
                List<Child> children = new ArrayList<>();
            """;

    private static final List<String> OPTIONS = List.of("--release", "17");

    @TempDir
    Path work;

    /**
     * The other class's helpers, compiled in the full build, run with the class compiled alone and its
     * helpers. ecj first refuses to write the class's own helpers over their stale class file, and says
     * so (RelateStaleClassFile, never RelateStaleHelpers); deleted, as the error says, the class compiles.
     */
    @ParameterizedTest
    @ValueSource(strings = {"javac", "ecj"})
    void aListMadeASetLeavesTheOtherHelpersAsTheyAre(String compiler) throws Exception {
        Compilers.Result full = fullBuild(compiler);
        String parentWithASet = PARENT.replace("import java.util.ArrayList;\nimport java.util.List;",
                "import java.util.LinkedHashSet;\nimport java.util.Set;").replace(LIST_FIELD, """
                    @OneToManyRel(backPopulates = "parent")
                    Set<Child> children = new LinkedHashSet<>();
                """);
        Compilers.Result alone = alone(compiler, parentWithASet, full);
        if (compiler.equals("ecj")) {
            assertWithMessage(alone.output()).that(alone.relateErrors()).hasSize(1);
            assertThat(alone.relateErrors().get(0)).contains("Parent.java:7: error: [RelateStaleClassFile]"
                    + " ParentRelations, which relate wrote when Parent was last compiled");
            Files.delete(full.classes().resolve("test/ends/ParentRelations.class"));
            alone = compile(compiler, "again", List.of(work.resolve("alone/test/ends/Parent.java")),
                    List.of(full.classes()));
        }
        assertWithMessage(alone.output()).that(alone.success()).isTrue();
        assertWithMessage(alone.output()).that(alone.problems()).isEmpty();
        assertThat(Files.exists(alone.classes().resolve("test/ends/ChildRelations.class"))).isFalse();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {alone.classes().toUri().toURL(),
                full.classes().toUri().toURL()}, EndChangedCompiledAloneTest.class.getClassLoader())) {
            Class<?> parentType = loader.loadClass("test.ends.Parent");
            Class<?> childType = loader.loadClass("test.ends.Child");
            Class<?> parentRelations = loader.loadClass("test.ends.ParentRelations");
            Class<?> childRelations = loader.loadClass("test.ends.ChildRelations");
            assertThat(childRelations.getProtectionDomain().getCodeSource().getLocation())
                    .isEqualTo(full.classes().toUri().toURL());
            Object parent = newInstance(parentType);
            Object first = newInstance(childType);
            Object second = newInstance(childType);
            childRelations.getMethod("setParent", childType, parentType).invoke(null, first, parent);
            childRelations.getMethod("setParent", childType, parentType).invoke(null, second, parent);
            Field children = parentType.getDeclaredField("children");
            children.setAccessible(true);
            assertThat(children.get(parent)).isInstanceOf(LinkedHashSet.class);
            assertThat((Collection<?>) children.get(parent)).containsExactly(first, second).inOrder();
            Collection<?> view = (Collection<?>) parentRelations.getMethod("children", parentType)
                    .invoke(null, parent);
            assertThat(view.remove(first)).isTrue();
            Field parentField = childType.getDeclaredField("parent");
            parentField.setAccessible(true);
            assertThat(parentField.get(first)).isNull();
            childRelations.getMethod("setParent", childType, parentType).invoke(null, second, null);
            assertThat((Collection<?>) children.get(parent)).isEmpty();
            childRelations.getMethod("detach", childType).invoke(null, first);
        }
    }

    /** A keyed map: {@code ChildRelations} moves a child into a map now, another call on another end object. */
    @ParameterizedTest
    @ValueSource(strings = {"javac", "ecj"})
    void aListMadeAKeyedMapIsStaleHelpers(String compiler) throws IOException {
        Compilers.Result full = fullBuild(compiler);
        assertStale(alone(compiler, PARENT.replace("import java.util.ArrayList;\nimport java.util.List;",
                "import java.util.HashMap;\nimport java.util.Map;").replace(LIST_FIELD, """
                    @OneToManyRel(backPopulates = "parent", key = "name")
                    Map<String, Child> children = new HashMap<>();
                """), full));
    }

    /** {@code uselist = false}: a one-to-one, whose end object {@code ChildRelations} declares itself. */
    @ParameterizedTest
    @ValueSource(strings = {"javac", "ecj"})
    void aListMadeAOneToOneIsStaleHelpers(String compiler) throws IOException {
        Compilers.Result full = fullBuild(compiler);
        assertStale(alone(compiler, PARENT.replace(LIST_FIELD, """
                    @OneToManyRel(backPopulates = "parent", uselist = false)
                    Child children;
                """), full));
    }

    /**
     * Kept positions: {@code ChildRelations} reads the same, but {@code ParentRelations.CHILDREN} is a
     * {@code PositionedOneToManyEnd} now, another field in bytecode than the one the old class names.
     */
    @ParameterizedTest
    @ValueSource(strings = {"javac", "ecj"})
    void positionsKeptIsStaleHelpers(String compiler) throws IOException {
        Compilers.Result full = fullBuild(compiler);
        assertStale(alone(compiler, PARENT.replace("@OneToManyRel(backPopulates = \"parent\")",
                "@OneToManyRel(backPopulates = \"parent\", position = \"rank\")"), full));
    }

    private static void assertStale(Compilers.Result alone) {
        assertThat(alone.success()).isFalse();
        assertWithMessage(alone.output()).that(alone.relateErrors()).hasSize(1);
        assertThat(alone.relateErrors().get(0)).containsMatch("Parent\\.java:7: error: \\[RelateStaleHelpers\\]"
                + " Parent is compiled without Child, and ChildRelations, which relate wrote when Child was last"
                + " compiled, no longer matches the declarations of Parent");
    }

    private Compilers.Result fullBuild(String compiler) throws IOException {
        List<Path> sources = List.of(write("full/test/ends/Parent.java", PARENT),
                write("full/test/ends/Child.java", CHILD));
        Compilers.Result full = compile(compiler, "full", sources, List.of());
        assertWithMessage(full.output()).that(full.success()).isTrue();
        assertThat(Files.exists(full.classes().resolve("test/ends/ChildRelations.class"))).isTrue();
        return full;
    }

    private Compilers.Result alone(String compiler, String parent, Compilers.Result full) throws IOException {
        assertThat(parent).isNotEqualTo(PARENT);
        return compile(compiler, "alone", List.of(write("alone/test/ends/Parent.java", parent)),
                List.of(full.classes()));
    }

    private Compilers.Result compile(String compiler, String directory, List<Path> sources, List<Path> classpath) {
        return compiler.equals("ecj") ? Compilers.ecj(work.resolve(directory), sources, OPTIONS, classpath)
                : Compilers.javac(work.resolve(directory), sources, OPTIONS, classpath);
    }

    private static Object newInstance(Class<?> type) throws ReflectiveOperationException {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private Path write(String path, String text) throws IOException {
        Path file = work.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}

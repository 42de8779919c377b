package dev.relate.processor.ecosystem;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated code inside a named module: the module requires {@code dev.relate} (the annotations
 * jar's Automatic-Module-Name) and nothing else, javac (or ecj) puts the jar on the module path and
 * relate's processor on the processor path, and the helpers run in a module layer. The fields are
 * private and the entities' accessors call relate: the helpers reach the fields through MethodHandles,
 * looked up with {@code MethodHandles.privateLookupIn} inside the module.
 */
class NamedModuleTest {
    private static final String PARENT = """
            package app.model;

            import dev.relate.OneToManyRel;
            import java.util.ArrayList;
            import java.util.List;

            public class Parent {
                @OneToManyRel(backPopulates = "parent")
                private List<Child> children = new ArrayList<>();

                public List<Child> getChildren() {
                    return ParentRelations.children(this);
                }

                public void setChildren(List<Child> children) {
                    ParentRelations.setChildren(this, children);
                }
            }
            """;
    private static final String CHILD = """
            package app.model;

            import dev.relate.ManyToOneRel;

            public class Child {
                @ManyToOneRel(backPopulates = "children")
                private Parent parent;

                public Parent parent() {
                    return parent;
                }

                public Parent getParent() {
                    return parent;
                }

                public void setParent(Parent parent) {
                    ChildRelations.setParent(this, parent);
                }
            }
            """;
    private static final String DEMO = """
            package app;

            import app.model.Child;
            import app.model.ChildRelations;
            import app.model.Parent;
            import app.model.ParentRelations;

            public final class Demo {
                private Demo() {
                }

                public static String run() {
                    Parent parent = new Parent();
                    Child child = new Child();
                    child.setParent(parent);
                    boolean linked = parent.getChildren().contains(child);
                    parent.getChildren().remove(child);
                    return linked + " " + (child.parent() == null);
                }
            }
            """;

    /** The annotations jar as a module: its Automatic-Module-Name. */
    private static Path annotationsJar;

    @TempDir
    static Path jars;

    @TempDir
    Path work;

    @BeforeAll
    static void annotationsAsAJar() throws IOException {
        Path annotations = Compilers.annotations();
        if (Files.isRegularFile(annotations)) {
            // the jar that Maven built: its manifest is what users get
            annotationsJar = annotations;
        } else {
            // a build that has not packaged the annotations yet: the same classes, with the manifest
            // entry that annotations/pom.xml configures for the jar
            annotationsJar = jar(annotations, jars.resolve("relate-annotations.jar"));
        }
    }

    @Test
    void theAnnotationsJarHasAStableModuleName() throws IOException {
        try (JarFile jar = new JarFile(annotationsJar.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo("dev.relate");
        }
        assertThat(ModuleFinder.of(annotationsJar).find("dev.relate")).isPresent();
    }

    /**
     * {@code @Generated} lives in module java.compiler. A module that does not read it gets helpers
     * without {@code @Generated}; one that reads it (directly, through {@code requires static}, or
     * transitively as through java.se) gets {@code @Generated} as the class path does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "requires static java.compiler;", "requires java.compiler;", "requires java.se;"})
    void helpersCompileAndRunInANamedModule(String extraRequires) throws Exception {
        Compilers.Result result = compile("javac", extraRequires, List.of());

        assertWithMessage(result.output() + result.problems()).that(result.success()).isTrue();
        assertThat(result.problems()).isEmpty();
        String helper = result.generatedSources().get("app/model/ChildRelations.java");
        assertThat(helper).isNotNull();
        if (extraRequires.isEmpty()) {
            assertThat(helper).doesNotContain("@Generated");
        } else {
            assertThat(helper).contains("@Generated(\"dev.relate.processor.RelateProcessor\")");
        }
        assertThat(runDemo(result.classes())).isEqualTo("true true");
    }

    /**
     * java.compiler in the module graph (here added by {@code --add-modules}; a dependency that
     * requires it does the same) is not enough: the module must read it.
     */
    @Test
    void aModuleThatDoesNotReadJavaCompilerGetsNoGeneratedAnnotationEvenWhenItIsInTheGraph() throws Exception {
        Compilers.Result result = compile("javac", "", List.of("--add-modules", "java.compiler"));

        assertWithMessage(result.output() + result.problems()).that(result.success()).isTrue();
        assertThat(result.generatedSources().get("app/model/ChildRelations.java")).doesNotContain("@Generated");
        assertThat(runDemo(result.classes())).isEqualTo("true true");
    }

    /**
     * Under ecj relate decides as under javac, and does not fail on ecj's module elements (ecj throws
     * when asked for the directives of an automatic module such as dev.relate). ecj's batch compiler
     * then compiles generated files as if they were outside the module being compiled ("Child cannot
     * be resolved to a type" in their own package): a limitation of ecj's command line, not of
     * relate, so these helpers are not run here.
     */
    @ParameterizedTest
    @CsvSource({"'', ''", "'', --add-modules java.compiler", "requires static java.compiler;, ''",
        "requires java.se;, ''"})
    void underEcjTheGeneratedAnnotationFollowsWhatTheModuleReads(String extraRequires, String extraOption)
            throws Exception {
        Compilers.Result result = compile("ecj", extraRequires,
                extraOption.isEmpty() ? List.of() : List.of(extraOption.split(" ")));

        assertWithMessage(result.output()).that(result.output()).doesNotContain("RelateUnexpected");
        assertWithMessage(result.output()).that(result.relateErrors()).isEmpty();
        String helper = result.generatedSources().get("app/model/ChildRelations.java");
        assertWithMessage(result.output()).that(helper).isNotNull();
        if (extraRequires.isEmpty()) {
            assertThat(helper).doesNotContain("@Generated");
        } else {
            assertThat(helper).contains("@Generated(\"dev.relate.processor.RelateProcessor\")");
        }
        Compilers.Result javac = compile("javac", extraRequires,
                extraOption.isEmpty() ? List.of() : List.of(extraOption.split(" ")));
        assertThat(result.generatedSources()).isEqualTo(javac.generatedSources());
    }

    private Compilers.Result compile(String compiler, String extraRequires, List<String> extraOptions)
            throws IOException {
        Path sources = work.resolve("src");
        write(sources.resolve("module-info.java"), "module app {\n    requires dev.relate;\n"
                + (extraRequires.isEmpty() ? "" : "    " + extraRequires + "\n") + "    exports app;\n}\n");
        write(sources.resolve("app/model/Parent.java"), PARENT);
        write(sources.resolve("app/model/Child.java"), CHILD);
        write(sources.resolve("app/Demo.java"), DEMO);
        List<String> options = new ArrayList<>(List.of("--release", "17", "--module-path", annotationsJar.toString()));
        options.addAll(extraOptions);
        if (compiler.equals("ecj")) {
            return Compilers.ecjOnModulePath(work, Compilers.javaFiles(sources), options);
        }
        // every warning an error; javac warns about requiring an automatic module only when asked
        options.addAll(List.of("-Xlint:all", "-Xlint:-requires-automatic", "-Werror"));
        return Compilers.javacOnModulePath(work, Compilers.javaFiles(sources), options);
    }

    /** Runs app.Demo in a module layer of the compiled module and the annotations jar. */
    private static String runDemo(Path classes) throws Exception {
        ModuleFinder finder = ModuleFinder.of(classes, annotationsJar);
        // what the boot layer lacks (java.se, an aggregator exporting nothing) comes from the system image
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.ofSystem(), Set.of("app"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());
        Class<?> demo = layer.findLoader("app").loadClass("app.Demo");
        assertThat(demo.getModule().getName()).isEqualTo("app");
        Class<?> helper = layer.findLoader("app").loadClass("app.model.ChildRelations");
        assertThat(helper.getModule()).isSameInstanceAs(demo.getModule());
        assertThat(layer.findModule("dev.relate").orElseThrow().getDescriptor().isAutomatic()).isTrue();
        return (String) demo.getMethod("run").invoke(null);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Automatic-Module-Name", "dev.relate");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (name.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}

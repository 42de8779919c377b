package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.OneToManyRel;
import dev.relate.processor.RelateClaims;
import dev.relate.processor.RelateProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Generated} in a named module: javax.annotation.processing.Generated lives in module
 * java.compiler, so the helpers of a module that does not read it carry none, and those of a module
 * that reads it (here through {@code requires static}) carry it. A faster sibling of the ecosystem's
 * NamedModuleTest: one javac run each, relate's processor given to javac as an object.
 */
class ModuleGeneratedAnnotationTest {
    @TempDir
    static Path jars;

    /** The annotations as the automatic module dev.relate. */
    private static Path annotations;

    @TempDir
    Path work;

    @BeforeAll
    static void annotationsAsAModule() throws IOException, URISyntaxException {
        Path location = Path.of(OneToManyRel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        annotations = Files.isRegularFile(location) ? location : jar(location, jars.resolve("relate-annotations.jar"));
    }

    @Test
    void aModuleThatDoesNotReadJavaCompilerGetsHelpersWithoutGenerated() throws IOException {
        String helper = compile("");
        assertThat(helper).contains("public final class ChildRelations");
        assertThat(helper).doesNotContain("@Generated");
    }

    @Test
    void aModuleThatReadsJavaCompilerGetsHelpersWithGenerated() throws IOException {
        String helper = compile("requires static java.compiler;");
        assertThat(helper).contains("@Generated(\"dev.relate.processor.RelateProcessor\")");
    }

    /** java.compiler in the module graph (as a dependency that requires it puts it there) is not enough. */
    @Test
    void aModuleThatDoesNotReadJavaCompilerGetsNoGeneratedEvenWithJavaCompilerInTheGraph() throws IOException {
        String helper = compile("", "--add-modules", "java.compiler");
        assertThat(helper).contains("public final class ChildRelations");
        assertThat(helper).doesNotContain("@Generated");
    }

    /** Compiles module app with relate; returns the helpers written for app.model.Child. */
    private String compile(String extraRequires, String... extraOptions) throws IOException {
        Path sources = work.resolve("src");
        write(sources.resolve("module-info.java"), "module app {\n    requires dev.relate;\n    " + extraRequires
                + "\n}\n");
        write(sources.resolve("app/model/Parent.java"), """
                package app.model;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Parent {
                    @OneToManyRel(backPopulates = "parent")
                    List<Child> children = new ArrayList<>();
                }
                """);
        write(sources.resolve("app/model/Child.java"), """
                package app.model;

                import dev.relate.ManyToOneRel;

                public class Child {
                    @ManyToOneRel(backPopulates = "children")
                    Parent parent;
                }
                """);
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path generated = Files.createDirectories(work.resolve("generated"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
                    "--module-path", annotations.toString(), "-Xlint:all", "-Xlint:-requires-automatic", "-Werror"));
            options.addAll(List.of(extraOptions));
            JavaCompiler.CompilationTask task = javac.getTask(output, files, diagnostics, options, null, files.getJavaFileObjects(sources.resolve("module-info.java"),
                            sources.resolve("app/model/Parent.java"), sources.resolve("app/model/Child.java")));
            task.setProcessors(List.of(new RelateProcessor(), new RelateClaims()));
            boolean success = task.call();
            assertWithMessage("%s %s", output, diagnostics.getDiagnostics()).that(success).isTrue();
        }
        return Files.readString(generated.resolve("app/model/ChildRelations.java"));
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** The classes of a directory as a jar with the Automatic-Module-Name that annotations/pom.xml gives. */
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

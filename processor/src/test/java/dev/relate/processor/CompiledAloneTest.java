package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.base.Optional;
import com.google.common.truth.Truth;
import dev.relate.OneToManyRel;
import dev.relate.processor.testing.Wrapping;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import net.jqwik.api.Property;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A class compiled alone, the others as class files of a full build (an IDE recompiling one file,
 * Gradle's incremental build), gets exactly the files a full build writes for it, byte for byte; a
 * declaration that a full build rejects is rejected when its class is compiled alone.
 */
class CompiledAloneTest {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    @TempDir
    Path work;

    /** The file manager of the compilations of one file, opened once per test. */
    private StandardJavaFileManager aloneManager;

    @ParameterizedTest
    @ValueSource(strings = {"golden/onetomany", "golden/manytoone", "golden/onetoone", "golden/selfref",
        "golden/accessors", "golden/oneway", "golden/nested", "golden/manytomany", "golden/manytomanybackref",
        "golden/manytomanyself", "golden/association", "golden/associationtable", "golden/tree",
        "golden/associationunique", "golden/positions", "golden/maps", "golden/ordercolumns",
        "../examples/src/main/java", "../examples/src/test/java/dev/relate/examples/runtime",
        "../jpa/src/main/java"})
    void eachClassCompiledAloneGetsTheFilesOfAFullBuild(String model) throws IOException {
        List<Path> sources = sources(model);
        Path classes = work.resolve("classes");
        Build full = compile(sources, null, classes);
        assertWithMessage("full build of %s: %s", model, full.diagnostics()).that(full.success()).isTrue();
        for (Path source : sources) {
            String top = topLevelName(source);
            Map<String, String> expected = new TreeMap<>();
            for (Map.Entry<String, String> file : full.generated().entrySet()) {
                if (isFrom(full.origins().get(file.getKey()), top)) {
                    expected.put(file.getKey(), file.getValue());
                }
            }
            List<Path> hidden = hide(classes, top, expected.keySet());
            try {
                Build alone = compile(List.of(source), classes, work.resolve("alone"));
                assertWithMessage("%s compiled alone: %s", top, alone.diagnostics()).that(alone.success()).isTrue();
                assertWithMessage("files written for %s compiled alone", top)
                        .that(alone.generated()).containsExactlyEntriesIn(expected);
            } finally {
                restore(hidden);
            }
        }
    }

    /**
     * Renaming one end of a many-to-many and compiling only its class: the other end, a class file,
     * still names the old field, and a full build rejects that.
     */
    @Test
    void aDeclarationAFullBuildRejectsIsRejectedWhenItsClassIsCompiledAlone() throws IOException {
        Path before = work.resolve("before");
        Path after = work.resolve("after");
        write(before, "Product", """
                @ManyToManyRel(secondary = "product_tags", backPopulates = "products")
                Set<Tag> tags = new HashSet<>();""");
        write(before, "Tag", """
                @ManyToManyRel(secondary = "product_tags", backPopulates = "tags")
                Set<Product> products = new HashSet<>();""");
        write(after, "Product", """
                @ManyToManyRel(secondary = "product_tags", backPopulates = "products")
                Set<Tag> labels = new HashSet<>();""");
        Path classes = work.resolve("classes");
        Build original = compile(List.of(before.resolve("test/Product.java"), before.resolve("test/Tag.java")),
                null, classes);
        assertThat(original.success()).isTrue();

        Build full = compile(List.of(after.resolve("test/Product.java"), before.resolve("test/Tag.java")),
                null, work.resolve("full"));
        List<String> fromProduct = new ArrayList<>();
        original.origins().forEach((file, origin) -> {
            if (origin.equals("test.Product")) {
                fromProduct.add(file);
            }
        });
        hide(classes, "test.Product", fromProduct);
        Build alone = compile(List.of(after.resolve("test/Product.java")), classes, work.resolve("alone"));

        assertThat(full.relateErrors()).isNotEmpty();
        assertThat(full.relateErrors().get(0)).contains("[RelateMissingField]");
        // the other end is a class file there: the message names it, since it has no line to show
        assertThat(alone.relateErrors()).containsExactly(full.relateErrors().get(0)
                + " (on test.Tag.products, read from a class file)");
        assertThat(alone.generated()).isEmpty();
    }

    /**
     * A class with no relate annotation whose field a backref on another class manages: javac asks
     * relate about it only because relate reads every round; compiled alone it gets the helpers of
     * a full build, in a -Xlint:all -Werror build (relate's annotations are claimed, others' not).
     */
    @Test
    void aPlainClassABackrefManagesGetsItsHelpersWhenCompiledAlone() throws IOException {
        Path sources = work.resolve("sources");
        write(sources, "Student", """
                @ManyToManyRel(secondary = "enrolment", backref = "students")
                Set<Course> courses = new HashSet<>();""");
        write(sources, "Course", "Set<Student> students = new HashSet<>();");
        Path classes = work.resolve("classes");
        Build full = compile(List.of(sources.resolve("test/Student.java"), sources.resolve("test/Course.java")),
                null, classes);
        assertWithMessage("full build: %s", full.diagnostics()).that(full.success()).isTrue();
        assertThat(full.origins()).containsEntry("test.CourseRelations", "test.Course");

        hide(classes, "test.Course", List.of("test.CourseRelations"));
        Build alone = compile(List.of(sources.resolve("test/Course.java")), classes, work.resolve("alone"),
                List.of("-Xlint:all", "-Werror"));

        assertWithMessage("Course compiled alone: %s", alone.diagnostics()).that(alone.diagnostics()).isEmpty();
        assertThat(alone.success()).isTrue();
        assertThat(alone.generated()).containsExactly("test.CourseRelations",
                full.generated().get("test.CourseRelations"));
        assertThat(alone.origins()).containsExactly("test.CourseRelations", "test.Course");
    }

    /** Renaming the plain field a backref names, and compiling only its class, is rejected as in a full build. */
    @Test
    void renamingTheFieldABackrefNamesIsRejectedWhenItsPlainClassIsCompiledAlone() throws IOException {
        Path before = work.resolve("before");
        Path after = work.resolve("after");
        write(before, "Student", """
                @ManyToManyRel(secondary = "enrolment", backref = "students")
                Set<Course> courses = new HashSet<>();""");
        write(before, "Course", "Set<Student> students = new HashSet<>();");
        write(after, "Course", "Set<Student> learners = new HashSet<>();");
        Path classes = work.resolve("classes");
        Build original = compile(List.of(before.resolve("test/Student.java"), before.resolve("test/Course.java")),
                null, classes);
        assertThat(original.success()).isTrue();
        Build full = compile(List.of(before.resolve("test/Student.java"), after.resolve("test/Course.java")),
                null, work.resolve("full"));

        hide(classes, "test.Course", List.of("test.CourseRelations"));
        Build alone = compile(List.of(after.resolve("test/Course.java")), classes, work.resolve("alone"));

        assertThat(full.success()).isFalse();
        assertThat(full.relateErrors()).hasSize(1);
        assertThat(full.relateErrors().get(0)).contains("students");
        assertThat(alone.relateErrors()).containsExactly(full.relateErrors().get(0)
                + " (on test.Student.courses, read from a class file)");
        assertThat(alone.generated()).isEmpty();
    }

    /**
     * JPA's mappings are read from class files as relate's annotations are: renaming the owning field
     * that a class file's {@code mappedBy} names, and compiling only the renamed field's class, is
     * rejected as in a full build, and that class gets the files of a full build.
     */
    @Test
    void renamingTheFieldAJpaMappedByNamesIsRejectedWhenItsClassIsCompiledAlone() throws IOException {
        Path before = work.resolve("before");
        Path after = work.resolve("after");
        write(before, "Product", "@jakarta.persistence.ManyToMany\nSet<Tag> tags = new HashSet<>();");
        write(before, "Tag", "@jakarta.persistence.ManyToMany(mappedBy = \"tags\")\nSet<Product> products = new HashSet<>();");
        write(after, "Product", "@jakarta.persistence.ManyToMany\nSet<Tag> labels = new HashSet<>();");
        Path classes = work.resolve("classes");
        Build original = compile(List.of(before.resolve("test/Product.java"), before.resolve("test/Tag.java")),
                null, classes);
        assertWithMessage("original build: %s", original.diagnostics()).that(original.success()).isTrue();
        Build full = compile(List.of(after.resolve("test/Product.java"), before.resolve("test/Tag.java")),
                null, work.resolve("full"));

        hide(classes, "test.Product", List.of("test.ProductRelations"));
        Build alone = compile(List.of(after.resolve("test/Product.java")), classes, work.resolve("alone"));

        assertThat(full.relateErrors()).hasSize(1);
        assertThat(full.relateErrors().get(0)).contains("[RelateMissingField] mappedBy = \"tags\" names no field of Product");
        assertThat(alone.relateErrors()).containsExactly(full.relateErrors().get(0)
                + " (on test.Tag.products, read from a class file)");
        assertThat(alone.generated()).containsExactly("test.ProductRelations",
                full.generated().get("test.ProductRelations"));
    }

    private static void write(Path root, String name, String field) throws IOException {
        Path file = root.resolve("test/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package test;
                import dev.relate.ManyToManyRel;
                import java.util.HashSet;
                import java.util.Set;
                public class %s {
                    int id;
                    %s
                }
                """.formatted(name, field.replace("\n", "\n    ")));
    }

    /**
     * What one compilation wrote.
     *
     * @param success whether it succeeded
     * @param diagnostics its errors and warnings
     * @param generated each generated source by class name
     * @param origins the originating class of each generated source, by name
     */
    private record Build(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics,
            Map<String, String> generated, Map<String, String> origins) {

        List<String> relateErrors() {
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
                String message = diagnostic.getMessage(null);
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR && message.startsWith("[Relate")) {
                    errors.add(message);
                }
            }
            return errors;
        }
    }

    /**
     * Compiles {@code sources} with relate into {@code output} (emptied first): on the test's class
     * path, or on {@code classes} and the libraries the models use (a short class path, and one file
     * manager for every compilation of one file, keep those fast).
     */
    private Build compile(List<Path> sources, Path classes, Path output) throws IOException {
        return compile(sources, classes, output, List.of("-Xlint:-processing"));
    }

    private Build compile(List<Path> sources, Path classes, Path output, List<String> options) throws IOException {
        if (Files.exists(output)) {
            try (Stream<Path> files = Files.walk(output)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Path generatedSources = Files.createDirectories(output.resolve("generated"));
        StandardJavaFileManager manager = classes == null ? JAVAC.getStandardFileManager(null, null, null)
                : aloneManager(classes);
        manager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(Files.createDirectories(output)));
        manager.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generatedSources));
        List<String> created = new ArrayList<>();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = JAVAC.getTask(null, manager, diagnostics,
                options, null, manager.getJavaFileObjectsFromPaths(sources));
        task.setProcessors(List.of(Wrapping.inside(new RelateProcessor(), env -> new Wrapping.Recording(env, created)),
                new RelateClaims()));
        boolean success = task.call();
        if (classes == null) {
            manager.close();
        }
        Map<String, String> origins = new TreeMap<>();
        for (String file : created) {
            // "test.ParentRelations [test.Parent]"
            origins.put(file.substring(0, file.indexOf(' ')), file.substring(file.indexOf('[') + 1, file.length() - 1));
        }
        Map<String, String> generated = new TreeMap<>();
        try (Stream<Path> files = Files.walk(generatedSources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = generatedSources.relativize(file).toString();
                generated.put(name.substring(0, name.length() - ".java".length()).replace(File.separatorChar, '.'),
                        Files.readString(file));
            }
        }
        return new Build(success, diagnostics.getDiagnostics(), generated, origins);
    }

    /** One file manager for the compilations of one file: the full build's classes and the libraries the models use. */
    private StandardJavaFileManager aloneManager(Path classes) throws IOException {
        if (aloneManager == null) {
            aloneManager = JAVAC.getStandardFileManager(null, null, null);
            List<Path> path = new ArrayList<>();
            path.add(classes);
            for (Class<?> library : List.of(OneToManyRel.class, Test.class, API.class, Truth.class,
                    Optional.class, Property.class, EmbeddedPostgres.class, TarArchiveInputStream.class,
                    jakarta.persistence.Entity.class)) {
                try {
                    path.add(Path.of(library.getProtectionDomain().getCodeSource().getLocation().toURI()));
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            aloneManager.setLocationFromPaths(StandardLocation.CLASS_PATH, path);
        }
        return aloneManager;
    }

    @AfterEach
    void closeManager() throws IOException {
        if (aloneManager != null) {
            aloneManager.close();
        }
    }

    /** Whether a generated file written from {@code origin} belongs to the top-level class {@code top}. */
    private static boolean isFrom(String origin, String top) {
        return origin != null && (origin.equals(top) || origin.startsWith(top + "."));
    }

    /**
     * Moves aside, as Gradle deletes them before it recompiles a class, the class files of the
     * top-level class {@code top} (nested ones included) and of the files generated from it.
     */
    private List<Path> hide(Path classes, String top, Iterable<String> generated) throws IOException {
        List<String> names = new ArrayList<>();
        names.add(top);
        generated.forEach(names::add);
        List<Path> hidden = new ArrayList<>();
        for (String name : names) {
            Path directory = classes.resolve(name.substring(0, name.lastIndexOf('.')).replace('.', '/'));
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    String fileName = file.getFileName().toString();
                    if (fileName.equals(simple + ".class") || fileName.startsWith(simple + "$")) {
                        Path aside = work.resolve("hidden").resolve(classes.relativize(file));
                        Files.createDirectories(aside.getParent());
                        Files.move(file, aside);
                        hidden.add(aside);
                    }
                }
            }
        }
        return hidden;
    }

    private void restore(List<Path> hidden) throws IOException {
        Path aside = work.resolve("hidden");
        for (Path file : hidden) {
            Files.move(file, work.resolve("classes").resolve(aside.relativize(file)));
        }
    }

    /** The sources of a model: a golden case's inputs, or a directory relative to the processor module. */
    private static List<Path> sources(String model) throws IOException {
        Path directory;
        if (model.startsWith("golden/")) {
            try {
                directory = Path.of(CompiledAloneTest.class.getClassLoader().getResource("inputs/" + model).toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        } else {
            directory = Path.of(model).toAbsolutePath().normalize();
        }
        assertWithMessage("sources of %s", model).that(Files.isDirectory(directory)).isTrue();
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The qualified name of the top-level class a source file declares: its package and file name. */
    private static String topLevelName(Path source) {
        try {
            Matcher matcher = PACKAGE.matcher(Files.readString(source));
            String simple = source.getFileName().toString().replace(".java", "");
            return matcher.find() ? matcher.group(1) + "." + simple : simple;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

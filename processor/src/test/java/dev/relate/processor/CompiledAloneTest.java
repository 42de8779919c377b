package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.base.Optional;
import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.relate.OneToManyRel;
import dev.relate.processor.testing.Wrapping;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Property;
import org.apiguardian.api.API;
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
    private static final Pattern RELATE_ANNOTATION =
            Pattern.compile("@(OneToManyRel|ManyToOneRel|ManyToManyRel|Backref|AssociationObject)\\b");

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"golden/onetomany", "golden/manytoone", "golden/onetoone", "golden/selfref",
        "golden/accessors", "golden/oneway", "golden/nested", "golden/manytomany", "golden/manytomanybackref",
        "golden/manytomanyself", "golden/association", "golden/associationtable",
        "../examples/src/main/java", "../examples/src/test/java/dev/relate/examples/runtime"})
    void eachClassCompiledAloneGetsTheFilesOfAFullBuild(String model) throws IOException {
        List<Path> sources = sources(model);
        Build full = compile(sources, List.of());
        assertWithMessage("full build of %s: %s", model, full.compilation().diagnostics())
                .that(full.compilation().status()).isEqualTo(Compilation.Status.SUCCESS);
        Path classes = work.resolve("classes");
        writeClasses(full.compilation(), classes);
        for (Path source : sources) {
            String top = topLevelName(source);
            Map<String, String> expected = new TreeMap<>();
            for (Map.Entry<String, String> file : full.generated().entrySet()) {
                if (isFrom(full.origins().get(file.getKey()), top)) {
                    expected.put(file.getKey(), file.getValue());
                }
            }
            String text = Files.readString(source);
            if (!RELATE_ANNOTATION.matcher(text).find()) {
                // javac calls relate only for a file with its annotations; a plain backref target holds none,
                // and its helpers come with the class that declares the backref (README, incremental builds)
                continue;
            }
            List<Path> hidden = hide(classes, top, expected.keySet());
            try {
                Build alone = compile(List.of(source), List.of(classes.toFile()));
                assertWithMessage("%s compiled alone: %s", top, alone.compilation().diagnostics())
                        .that(alone.compilation().status()).isEqualTo(Compilation.Status.SUCCESS);
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
        Build original = compile(List.of(before.resolve("test/Product.java"), before.resolve("test/Tag.java")),
                List.of());
        assertThat(original.compilation().status()).isEqualTo(Compilation.Status.SUCCESS);
        Path classes = work.resolve("classes");
        writeClasses(original.compilation(), classes);

        Build full = compile(List.of(after.resolve("test/Product.java"), before.resolve("test/Tag.java")),
                List.of());
        List<String> fromProduct = new ArrayList<>();
        original.origins().forEach((file, origin) -> {
            if (origin.equals("test.Product")) {
                fromProduct.add(file);
            }
        });
        hide(classes, "test.Product", fromProduct);
        Build alone = compile(List.of(after.resolve("test/Product.java")), List.of(classes.toFile()));

        assertThat(relateErrors(full.compilation())).isNotEmpty();
        assertThat(relateErrors(full.compilation()).get(0)).contains("[RelateMissingField]");
        // the other end is a class file there: the message names it, since it has no line to show
        assertThat(relateErrors(alone.compilation())).containsExactly(relateErrors(full.compilation()).get(0)
                + " (on test.Tag.products, read from a class file)");
        assertThat(alone.generated()).isEmpty();
    }

    private static List<String> relateErrors(Compilation compilation) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.errors()) {
            String message = diagnostic.getMessage(null);
            if (message.startsWith("[Relate")) {
                errors.add(message);
            }
        }
        return errors;
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

    /** What one compilation wrote: its result, each generated source by name, and where each came from. */
    private record Build(Compilation compilation, Map<String, String> generated, Map<String, String> origins) {
    }

    /**
     * Compiles {@code sources} with relate: on the test's class path, or on {@code classpath} and
     * the libraries the models use alone (a short class path keeps a compilation of one file fast).
     */
    private static Build compile(List<Path> sources, List<File> classpath) throws IOException {
        List<String> created = new ArrayList<>();
        List<File> path = new ArrayList<>(classpath);
        if (classpath.isEmpty()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                path.add(new File(entry));
            }
        } else {
            for (Class<?> library : List.of(OneToManyRel.class, Test.class, API.class, Truth.class,
                    Optional.class, Property.class)) {
                try {
                    path.add(new File(library.getProtectionDomain().getCodeSource().getLocation().toURI()));
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        List<JavaFileObject> files = new ArrayList<>();
        for (Path source : sources) {
            files.add(JavaFileObjects.forResource(source.toUri().toURL()));
        }
        Compilation compilation = Compiler.javac()
                .withProcessors(Wrapping.inside(new RelateProcessor(), env -> new Wrapping.Recording(env, created)))
                .withOptions("-Xlint:-processing")
                .withClasspath(path)
                .compile(files);
        Map<String, String> origins = new TreeMap<>();
        for (String file : created) {
            // "test.ParentRelations [test.Parent]"
            origins.put(file.substring(0, file.indexOf(' ')), file.substring(file.indexOf('[') + 1, file.length() - 1));
        }
        Map<String, String> generated = new TreeMap<>();
        if (compilation.status() == Compilation.Status.FAILURE) {
            return new Build(compilation, generated, origins);
        }
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String path2 = file.toUri().getPath();
            String name = path2.substring(path2.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length(),
                    path2.length() - ".java".length()).replace('/', '.');
            generated.put(name, file.getCharContent(true).toString());
        }
        return new Build(compilation, generated, origins);
    }

    /** Whether a generated file written from {@code origin} belongs to the top-level class {@code top}. */
    private static boolean isFrom(String origin, String top) {
        return origin != null && (origin.equals(top) || origin.startsWith(top + "."));
    }

    private static void writeClasses(Compilation compilation, Path classes) throws IOException {
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String path = file.toUri().getPath();
            Path target = classes.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.copy(in, target);
            }
        }
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

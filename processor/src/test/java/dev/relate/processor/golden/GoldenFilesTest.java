package dev.relate.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.RelateClaims;
import dev.relate.processor.RelateProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares what the processor writes for each pattern (the helper classes, the table classes and the
 * diagram of each class), byte for byte, with the files under
 * {@code src/test/golden/<case>/} (outside the class path, where javac would take them for sources). After an intended change to the generated code, run
 * {@code mvn -pl processor test -Dtest=GoldenFilesTest -Drelate.golden.update=true} and review the
 * diff of the golden files.
 */
class GoldenFilesTest {
    private static final boolean UPDATE = Boolean.getBoolean("relate.golden.update");

    /**
     * Cases whose inputs carry annotations of their own (stand-ins for JPA's @Id and @Table), which no
     * processor claims: javac's -Xlint:processing would report those, not anything relate wrote.
     */
    private static final Set<String> FOREIGN_ANNOTATIONS = Set.of("manytomany");

    /**
     * Cases whose fields are private, with accessors. Their golden files record what relate writes for
     * Java 8 source, where it calls the accessors; the same inputs compiled for the JDK's own release,
     * where relate reaches the fields through VarHandles, are the cases {@code <name>}{@value #HANDLES}.
     * Java 8 source is compiled here with {@code -source 8 -target 8} on the JDK's own platform, so
     * that the files carry the same {@code @Generated} as the other cases.
     */
    static final Set<String> PRIVATE_FIELDS = Set.of("accessors", "associationtable", "associationunique",
            "positions");

    /** The suffix of a case that compiles the inputs of a {@link #PRIVATE_FIELDS} case for the JDK's release. */
    static final String HANDLES = "-handles";

    private static List<String> lint(String name, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.add("-Xlint:all");
        if (FOREIGN_ANNOTATIONS.contains(name)) {
            all.add("-Xlint:-processing");
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"onetomany", "manytoone", "onetoone", "onetoonerel", "selfref", "accessors", "oneway",
        "nested", "manytomany", "manytomanybackref", "manytomanyself", "association", "associationtable", "tree",
        "associationunique", "positions", "associationpositions", "maps", "mapsmanytomany", "entitymethods",
        "ordercolumns", "events", "eventsonetoone", "eventsassociation", "eventsmap", "eventsoneway",
        "eventsmapmanytomany", "accessors" + HANDLES,
        "associationtable" + HANDLES, "associationunique" + HANDLES, "positions" + HANDLES})
    void generatedSourcesMatchGoldenFiles(String name) throws IOException {
        Compilation compilation = compile(name);
        assertThat(compilation).succeededWithoutWarnings();
        Path goldenDir = Paths.get("src/test/golden", name);
        List<String> expectedFiles = new ArrayList<>();
        if (Files.isDirectory(goldenDir)) {
            try (Stream<Path> files = Files.list(goldenDir)) {
                files.map(path -> path.getFileName().toString()).sorted().forEach(expectedFiles::add);
            }
        }
        List<String> generatedFiles = new ArrayList<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String fileName = Paths.get(file.toUri().getPath()).getFileName().toString();
            generatedFiles.add(fileName);
            String actual = file.getCharContent(true).toString();
            Path golden = goldenDir.resolve(fileName);
            if (UPDATE) {
                Files.createDirectories(goldenDir);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                continue;
            }
            assertWithMessage("golden file %s", golden).that(Files.exists(golden)).isTrue();
            assertWithMessage("generated %s differs from %s", fileName, golden)
                    .that(actual)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
        // the diagram of each class, META-INF/relate/model/<binary name>.mmd, kept as <binary name>.mmd
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (!path.endsWith(".mmd")) {
                continue;
            }
            assertThat(path).contains("/META-INF/relate/model/");
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            generatedFiles.add(fileName);
            String actual = file.getCharContent(true).toString();
            Path golden = goldenDir.resolve(fileName);
            if (UPDATE) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                continue;
            }
            assertWithMessage("golden file %s", golden).that(Files.exists(golden)).isTrue();
            assertWithMessage("generated %s differs from %s", fileName, golden)
                    .that(actual)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
        if (!UPDATE) {
            assertThat(generatedFiles.stream().sorted().toList()).isEqualTo(expectedFiles);
        }
    }

    /** The generated helpers compile for Java 8 with every lint enabled and warnings as errors. */
    @ParameterizedTest
    @ValueSource(strings = {"onetomany", "manytoone", "onetoone", "onetoonerel", "selfref", "accessors", "oneway",
        "nested", "manytomany", "manytomanybackref", "manytomanyself", "association", "associationtable", "tree",
        "associationunique", "positions", "associationpositions", "maps", "mapsmanytomany", "ordercolumns",
        "events", "eventsonetoone", "eventsassociation", "eventsmap", "eventsoneway",
        "eventsmapmanytomany"})
    void generatedSourcesCompileForJava8WithoutWarnings(String name) {
        Compilation compilation = Compiler.javac()
                .withProcessors(new RelateProcessor(), new RelateClaims())
                .withOptions(lint(name, "--release", "8", "-Xlint:-options", "-Werror"))
                .compile(inputs(name));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFiles()).isNotEmpty();
    }

    /** The same input always gives byte-identical output. */
    @ParameterizedTest
    @ValueSource(strings = {"onetomany", "selfref", "nested"})
    void outputIsDeterministic(String name) throws IOException {
        List<String> first = contents(compile(name));
        List<String> second = contents(compile(name));
        assertThat(second).isEqualTo(first);
    }

    private static List<String> contents(Compilation compilation) throws IOException {
        List<String> contents = new ArrayList<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            contents.add(file.toUri() + "\n" + file.getCharContent(true));
        }
        return contents;
    }

    static Compilation compile(String name) {
        return Compiler.javac()
                .withProcessors(new RelateProcessor(), new RelateClaims())
                .withOptions(PRIVATE_FIELDS.contains(name) ? lint(name, "-source", "8", "-target", "8", "-Xlint:-options")
                        : lint(name))
                .compile(inputs(name));
    }

    static List<JavaFileObject> inputs(String name) {
        String inputs = name.endsWith(HANDLES) ? name.substring(0, name.length() - HANDLES.length()) : name;
        URL dir = GoldenFilesTest.class.getClassLoader().getResource("inputs/golden/" + inputs);
        assertWithMessage("inputs for %s", name).that(dir).isNotNull();
        try (Stream<Path> files = Files.list(Paths.get(dir.toURI()))) {
            List<JavaFileObject> sources = new ArrayList<>();
            files.sorted().forEach(path -> sources.add(JavaFileObjects.forResource(toUrl(path))));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

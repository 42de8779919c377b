package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same input always gives byte-identical output (SPEC, "Compile-time errors"): the examples
 * module's sources, processed twice by two processors, give the same generated files with the same
 * bytes, whatever order javac is given the sources in.
 */
class DeterminismTest {
    /** The examples, as the examples module compiles them; this test runs in the processor module. */
    private static final Path EXAMPLES = Paths.get("../examples/src/main/java");

    private static List<JavaFileObject> sources;
    /** What the first processing of the examples, in the order of their paths, generates. */
    private static Map<String, String> first;

    @BeforeAll
    static void readExamples() throws IOException {
        assertWithMessage("the examples' sources at %s", EXAMPLES.toAbsolutePath()).that(Files.isDirectory(EXAMPLES))
                .isTrue();
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).sorted()
                    .map(DeterminismTest::source).collect(Collectors.toList());
        }
        assertThat(sources.size()).isAtLeast(10);
        first = generate(sources);
    }

    private static JavaFileObject source(Path file) {
        try {
            return JavaFileObjects.forResource(file.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated sources of a compilation of {@code inputs} with a new processor, by name. */
    private static Map<String, String> generate(List<JavaFileObject> inputs) {
        Compilation compilation = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims()).compile(inputs);
        assertThat(compilation).succeeded();
        Map<String, String> generated = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            try {
                generated.put(file.toUri().getPath(), file.getCharContent(false).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return generated;
    }

    @Test
    void processingTheExamplesTwiceGivesByteIdenticalSources() {
        Map<String, String> second = generate(sources);
        assertThat(second.keySet()).containsExactlyElementsIn(first.keySet());
        for (Map.Entry<String, String> file : first.entrySet()) {
            assertWithMessage("the second time, %s", file.getKey()).that(second.get(file.getKey()))
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void theOrderOfTheSourcesChangesNoByte() {
        List<JavaFileObject> reversed = new ArrayList<>(sources);
        Collections.reverse(reversed);
        Map<String, String> inReverse = generate(reversed);
        assertThat(inReverse.keySet()).containsExactlyElementsIn(first.keySet());
        for (Map.Entry<String, String> file : first.entrySet()) {
            assertWithMessage("with the sources in reverse order, %s", file.getKey())
                    .that(inReverse.get(file.getKey())).isEqualTo(file.getValue());
        }
    }

    @Test
    void everyExampleClassWithARelationshipGetsItsHelpers() {
        assertThat(first.keySet().stream().filter(name -> name.endsWith("Relations.java")).count())
                .isAtLeast(10L);
        for (String content : first.values()) {
            assertThat(content).contains("@Generated(\"dev.relate.processor.RelateProcessor\")");
        }
    }
}

package dev.relate.processor.ecosystem;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * relate as a build finds it, on the processor path through {@code META-INF/services}: both of its
 * processors run, in their order, so a build with {@code -Xlint:all -Werror} (which reports
 * annotations no processor claims) compiles, and a class that holds no relate annotation gets its
 * helpers.
 */
class ProcessorDiscoveryTest {
    @TempDir
    Path work;

    @Test
    void theProcessorsOnTheProcessorPathClaimRelatesAnnotationsAndWriteForAPlainClass()
            throws IOException, URISyntaxException {
        Path inputs = Path.of(ProcessorDiscoveryTest.class.getClassLoader()
                .getResource("inputs/golden/manytomanybackref").toURI());
        List<Path> sources;
        try (Stream<Path> files = Files.list(inputs)) {
            sources = files.sorted().toList();
        }

        Compilers.Result result = Compilers.javac(work, sources, List.of("-Xlint:all", "-Werror"));

        assertWithMessage("%s", result.problems()).that(result.success()).isTrue();
        assertThat(result.problems()).isEmpty();
        // Course.java holds no relate annotation: Student's backref manages its field
        assertThat(Files.readString(inputs.resolve("Course.java"))).doesNotContain("@");
        assertThat(result.generatedSources().keySet()).containsAtLeast(
                "golden/manytomanybackref/CourseRelations.java", "golden/manytomanybackref/StudentRelations.java");
    }
}

package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import com.google.testing.compile.Compilation;
import dev.relate.processor.errors.ErrorTesting.Result;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What holds for every erroneous input: errors do not depend on what else is compiled, nor on the run. */
class ErrorReportingTest {
    /** javac stops after 100 errors unless told otherwise; the inputs compiled together give more. */
    private static final List<String> ALL_ERRORS = List.of("-Xmaxerrs", "100000");

    /** The areas whose inputs are each a single file in package test.errors, with distinct class names. */
    private static final List<String> AREAS = List.of("field", "types", "classes", "pairing", "backref", "access",
            "manytomany", "manytomany/variants", "association");

    private static List<String> inputs;

    @BeforeAll
    static void findInputs() throws IOException, URISyntaxException {
        URL root = ErrorReportingTest.class.getClassLoader().getResource("inputs/errors");
        Path directory = Paths.get(root.toURI());
        inputs = new ArrayList<>();
        for (String area : AREAS) {
            try (Stream<Path> files = Files.list(directory.resolve(area))) {
                inputs.addAll(files.map(file -> file.getFileName().toString())
                        .filter(name -> name.startsWith("Erroneous") && name.endsWith(".java"))
                        .sorted()
                        .map(name -> area + "/" + name)
                        .collect(Collectors.toList()));
            }
        }
    }

    @Test
    void thereAreManyErroneousInputs() {
        assertThat(inputs.size()).isAtLeast(50);
    }

    /**
     * Every input fails without relate crashing; compiled
     * together, the inputs give exactly the errors they give one by one, each once, and relate
     * writes exactly the files it writes for them one by one.
     */
    @Test
    void errorsDoNotDependOnWhatElseIsCompiled() {
        List<String> separateErrors = new ArrayList<>();
        List<String> separateFiles = new ArrayList<>();
        List<JavaFileObject> all = new ArrayList<>();
        for (String path : inputs) {
            JavaFileObject source = input(path);
            all.add(source);
            Result result = compile(source); // checks that relate did not crash
            assertWithMessage(path).that(result.compilation().status()).isEqualTo(Compilation.Status.FAILURE);
            separateErrors.addAll(errors(result));
            separateFiles.addAll(result.written());
        }
        Result together = compile(ALL_ERRORS, all);
        assertThat(together.compilation()).failed();
        assertThat(errors(together)).containsExactlyElementsIn(separateErrors);
        // a missing type makes relate wait for a later round that may generate it, and write nothing
        // once the last round shows it never came: the files are compared without that input
        all.removeIf(source -> source.getName().endsWith(UNRESOLVED));
        assertThat(compile(ALL_ERRORS, all).written()).containsExactlyElementsIn(separateFiles);
        assertThat(together.written()).isEmpty();
    }

    private static final String UNRESOLVED = "ErroneousUnresolvedType.java";

    @Test
    void theSameInputGivesTheSameErrorsInTheSameOrder() {
        List<JavaFileObject> all = new ArrayList<>();
        for (String path : inputs) {
            all.add(input(path));
        }
        List<String> first = errors(compile(ALL_ERRORS, all));
        List<String> second = errors(compile(ALL_ERRORS, all));
        assertThat(second).containsExactlyElementsIn(first).inOrder();
    }

    /** Each error as file, line, column and message. */
    private static List<String> errors(Result result) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> error : result.compilation().errors()) {
            String file = error.getSource() == null ? "-" : error.getSource().getName();
            errors.add(file + ":" + error.getLineNumber() + ":" + error.getColumnNumber() + ": "
                    + error.getMessage(Locale.ROOT));
        }
        return errors;
    }
}

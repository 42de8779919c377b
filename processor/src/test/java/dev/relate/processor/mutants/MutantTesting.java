package dev.relate.processor.mutants;

import dev.relate.processor.RelateClaims;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.TestProcessors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Small compilations with relate for the tests of this package: each compiles one or two tiny
 * sources, since mutation testing reruns them for every mutant.
 */
final class MutantTesting {
    /** Every lint on, warnings as errors, for Java 8 as the generated code must compile; JDK 21 calls release 8 obsolete. */
    static final List<String> CLEAN = List.of("--release", "8", "-Xlint:all", "-Xlint:-options", "-Werror");

    private MutantTesting() {
    }

    /** A compilation with relate, and the Relations classes relate wrote during it, by qualified name. */
    record Result(Compilation compilation, List<String> written) {

        /** The errors' messages, in the order reported. */
        List<String> errors() {
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.errors()) {
                errors.add(diagnostic.getMessage(Locale.ROOT));
            }
            return errors;
        }

        /** A generated source file, each run of white space in it made one space. */
        String source(String className) {
            JavaFileObject file = compilation.generatedSourceFile(className).orElse(null);
            assertWithMessage("generated %s", className).that(file).isNotNull();
            try {
                return file.getCharContent(true).toString().replaceAll("\\s+", " ");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    static Result compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    static Result compileClean(JavaFileObject... sources) {
        return compile(CLEAN, sources);
    }

    /** Compiles with relate; checks that relate did not crash. */
    static Result compile(List<String> options, JavaFileObject... sources) {
        List<String> written = new ArrayList<>();
        Compilation compilation = Compiler.javac().withOptions(options)
                .withProcessors(TestProcessors.recording(written), new RelateClaims()).compile(sources);
        assertNoCrash(compilation);
        return new Result(compilation, List.copyOf(written));
    }

    /** relate reports a bug in itself as RelateUnexpected; nothing may reach the user as a stack trace. */
    static void assertNoCrash(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String message = diagnostic.getMessage(Locale.ROOT);
            assertWithMessage("diagnostic %s", message).that(message).doesNotContain("RelateUnexpected");
            assertWithMessage("diagnostic %s", message).that(message).doesNotContain("uncaught exception");
            assertWithMessage("diagnostic %s", message).that(message).doesNotContain("\tat ");
        }
    }
}

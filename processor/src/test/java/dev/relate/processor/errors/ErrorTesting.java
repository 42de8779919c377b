package dev.relate.processor.errors;

import dev.relate.processor.RelateClaims;
import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.CompiledRun;
import dev.relate.processor.TestProcessors;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles erroneous inputs with relate and checks what it reports. */
final class ErrorTesting {
    private ErrorTesting() {
    }

    /**
     * Loads the classes the compilation wrote, in a loader of their own over the test class path,
     * and calls the static method {@code run()} of one of them: generated helpers at work.
     *
     * @param name the qualified name of the class declaring {@code run()}
     * @return what {@code run()} returned
     */
    static Object run(Result result, String name) throws ReflectiveOperationException, IOException {
        return CompiledRun.run(result.compilation(), name);
    }

    /** An input under {@code inputs/errors/}: {@code "field/ErroneousStaticField.java"}. */
    static JavaFileObject input(String path) {
        return JavaFileObjects.forResource("inputs/errors/" + path);
    }

    /**
     * The source of a class moved into a subpackage: {@code test.errors.Parent} in {@code a} is
     * {@code test.errors.a.Parent}. Two classes alike but for their packages come from one input.
     */
    static JavaFileObject inSubpackage(JavaFileObject source, String subpackage) {
        String text;
        try {
            text = source.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher header = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(text);
        assertWithMessage("the package of %s", source.getName()).that(header.find()).isTrue();
        String pkg = header.group(1) + "." + subpackage;
        String name = source.getName().replaceFirst("^.*/", "").replaceFirst("\\.java$", "");
        return JavaFileObjects.forSourceString(pkg + "." + name, header.replaceFirst("package " + pkg + ";"));
    }

    /** A compilation with relate, and the names of the source files relate wrote during it. */
    record Result(Compilation compilation, List<String> written) {

        /** Asserts that relate wrote the Relations class of that (qualified) name. */
        void wrote(String relationsClass) {
            assertWithMessage("source files relate wrote").that(written).contains(relationsClass);
        }

        /** Asserts that relate wrote none of the Relations classes named. */
        void wroteNone(String... relationsClasses) {
            assertWithMessage("source files relate wrote").that(written)
                    .containsNoneIn(Arrays.asList(relationsClasses));
        }

        /** Asserts that relate wrote nothing at all. */
        void wroteNothing() {
            assertWithMessage("source files relate wrote").that(written).isEmpty();
        }

        /** The errors' messages, in the order reported. */
        List<String> errors() {
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.errors()) {
                errors.add(diagnostic.getMessage(Locale.ROOT));
            }
            return errors;
        }
    }

    static Result compile(JavaFileObject... sources) {
        return compile(List.of(), List.of(sources));
    }

    /** Compiles with relate; checks on every compilation that relate did not crash. */
    static Result compile(List<String> options, List<JavaFileObject> sources) {
        return compile(Compiler.javac().withOptions(options), sources);
    }

    static Result compile(Compiler compiler, List<JavaFileObject> sources) {
        List<String> written = new ArrayList<>();
        Compilation compilation = compiler.withProcessors(TestProcessors.recording(written), new RelateClaims()).compile(sources);
        assertNoCrash(compilation);
        return new Result(compilation, List.copyOf(written));
    }

    /**
     * relate reports a bug in itself as RelateUnexpected; nothing may ever reach the user as a stack
     * trace. (An exception thrown out of the processor makes compile-testing throw it.)
     */
    static void assertNoCrash(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String message = diagnostic.getMessage(Locale.ROOT);
            assertWithMessage("diagnostic %s", message).that(message).doesNotContain("RelateUnexpected");
            assertWithMessage("diagnostic %s", message).that(message).doesNotContain("uncaught exception");
            assertWithMessage("diagnostic %s", message).that(message).doesNotContain("\tat ");
        }
    }

    /**
     * Asserts that the compilation failed with exactly {@code count} errors, one of them with the
     * id, on the line of the file, containing every part given.
     *
     * @param id the stable id, {@code RelateMissingField}
     * @param line a text that occurs on one line of {@code file} only: the annotation or the field
     * @param parts what the message must say besides, such as the names of the fields involved
     */
    static void assertErrors(Result result, int count, String id, JavaFileObject file, String line,
            String... parts) {
        assertThat(result.compilation()).hadErrorContaining("[" + id + "]").inFile(file).onLineContaining(line);
        assertErrorText(result, count, id, parts);
    }

    /** {@link #assertErrors} with the line given by number, where its text occurs more than once in the file. */
    static void assertErrors(Result result, int count, String id, JavaFileObject file, long line,
            String... parts) {
        assertThat(result.compilation()).hadErrorContaining("[" + id + "]").inFile(file).onLine(line);
        assertErrorText(result, count, id, parts);
    }

    /**
     * The line of the annotation on the field declared on the (one) line containing {@code field}:
     * the line above it.
     */
    static long annotationAbove(JavaFileObject file, String field) {
        List<String> lines;
        try {
            lines = List.of(file.getCharContent(true).toString().split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(field)) {
                assertWithMessage("lines containing %s", field).that(found).isEqualTo(-1L);
                found = i + 1;
            }
        }
        assertWithMessage("line containing %s", field).that(found).isGreaterThan(1L);
        assertWithMessage("the line above %s", field).that(lines.get((int) found - 2).strip()).startsWith("@");
        return found - 1;
    }

    private static void assertErrorText(Result result, int count, String id, String... parts) {
        Compilation compilation = result.compilation();
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(count);
        List<String> withId = new ArrayList<>();
        for (String error : result.errors()) {
            if (error.contains("[" + id + "]")) {
                withId.add(error);
            }
        }
        assertWithMessage("errors with id %s", id).that(withId).hasSize(1);
        String message = withId.get(0);
        assertThat(message).startsWith("[" + id + "] ");
        for (String part : parts) {
            assertWithMessage("the message of %s", id).that(message).contains(part);
        }
    }

    /** {@link #assertErrors} for a compilation that has that one error and no other. */
    static void assertError(Result result, String id, JavaFileObject file, String line, String... parts) {
        assertErrors(result, 1, id, file, line, parts);
    }

    static void assertError(Result result, String id, JavaFileObject file, long line, String... parts) {
        assertErrors(result, 1, id, file, line, parts);
    }

    /**
     * Compiles sources without relate, as another build would have, and keeps the class files of
     * the classes named: a library the inputs of a test are then compiled against.
     *
     * @param directory where to put the class files
     * @param keep the qualified names of the classes to keep
     * @return the class path for the test's compilation: the library, then the test class path
     */
    static List<File> library(Path directory, List<String> keep, JavaFileObject... sources) throws IOException {
        Compilation compilation = Compiler.javac().withOptions("-proc:none").compile(sources);
        assertThat(compilation).succeeded();
        int kept = 0;
        for (String name : keep) {
            String path = name.replace('.', '/') + ".class";
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getName().endsWith("/" + path)) {
                    Path target = directory.resolve(path);
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.openInputStream()) {
                        Files.copy(in, target);
                    }
                    kept++;
                }
            }
        }
        assertWithMessage("class files kept").that(kept).isEqualTo(keep.size());
        List<File> classpath = new ArrayList<>();
        classpath.add(directory.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        return classpath;
    }
}

package dev.relate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile benchmark's replaying processor writes the sources of a directory through javac's filer,
 * which javac then compiles, and says what is wrong, as a compile error, when it cannot.
 */
class ReplayProcessorTest {
    private static final String MODEL = "package m;\n@dev.relate.AssociationObject class Model {}\n";

    @Test
    void itWritesEverySourceOfTheDirectoryAndJavacCompilesThem(@TempDir Path work) throws IOException {
        Path replayed = work.resolve("replayed/p");
        Files.createDirectories(replayed);
        Files.write(replayed.resolve("Written.java"), "package p;\npublic class Written {}\n".getBytes(StandardCharsets.UTF_8));

        Compiled compiled = compile(work, "-A" + ReplayProcessor.DIRECTORY + "=" + work.resolve("replayed"));

        assertTrue(compiled.success, compiled.errors.toString());
        assertTrue(Files.isRegularFile(work.resolve("generated/p/Written.java")));
        assertTrue(Files.isRegularFile(work.resolve("classes/p/Written.class")));
    }

    @Test
    void withoutItsOptionItReportsAnErrorNotAnException(@TempDir Path work) throws IOException {
        Compiled compiled = compile(work);

        assertFalse(compiled.success);
        assertEquals(List.of("ReplayProcessor: give the directory of the sources to write with -Arelate.replay=..."),
                compiled.errors);
    }

    @Test
    void aMissingDirectoryIsAnErrorNamingIt(@TempDir Path work) throws IOException {
        Path missing = work.resolve("missing");

        Compiled compiled = compile(work, "-A" + ReplayProcessor.DIRECTORY + "=" + missing);

        assertFalse(compiled.success);
        assertEquals(1, compiled.errors.size(), compiled.errors.toString());
        assertTrue(compiled.errors.get(0).startsWith("ReplayProcessor: cannot replay the sources of " + missing + ": "),
                compiled.errors.get(0));
    }

    private static final class Compiled {
        final boolean success;
        final List<String> errors;

        Compiled(boolean success, List<String> errors) {
            this.success = success;
            this.errors = errors;
        }
    }

    private static Compiled compile(Path work, String... options) throws IOException {
        Path source = work.resolve("src/m/Model.java");
        Files.createDirectories(source.getParent());
        Files.write(source, MODEL.getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(work.resolve("generated"));
        Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> arguments = new ArrayList<>(List.of("-implicit:none",
                "-classpath", System.getProperty("java.class.path"),
                "-processor", ReplayProcessor.class.getName(),
                "-s", work.resolve("generated").toString(), "-d", work.resolve("classes").toString()));
        arguments.addAll(List.of(options));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean success = javac.getTask(null, files, diagnostics, arguments, null,
                    files.getJavaFileObjects(source.toFile())).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(diagnostic.getMessage(Locale.ROOT));
                }
            }
            return new Compiled(success, errors);
        }
    }
}

package dev.relate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TimedProcessors runs relate as javac runs it from META-INF/services (the same files, no error or
 * warning, even with -Werror), and reports figures. Nothing is asserted about how long anything took:
 * only that the figures are there and sane.
 */
class TimedProcessorsTest {
    private static final String LEFT = "package bench;\n"
            + "import dev.relate.OneToManyRel;\n"
            + "import java.util.ArrayList;\n"
            + "import java.util.List;\n"
            + "public class Left {\n"
            + "    @OneToManyRel(backPopulates = \"parent\")\n"
            + "    List<Right> children = new ArrayList<>();\n"
            + "}\n";
    private static final String RIGHT = "package bench;\n"
            + "import dev.relate.ManyToOneRel;\n"
            + "public class Right {\n"
            + "    @ManyToOneRel(backPopulates = \"children\")\n"
            + "    Left parent;\n"
            + "}\n";

    @Test
    void writesWhatRelateWritesAndReportsItsTimeToTheFile(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("timing.txt");
        Compilation timed = compile(dir.resolve("timed"), new TimedProcessors(), "-Arelate.timing=" + report);
        Compilation plain = compile(dir.resolve("plain"), null);
        assertTrue(timed.succeeded, timed.log);
        assertTrue(plain.succeeded, plain.log);
        assertFalse(plain.generated.isEmpty(), "relate wrote nothing:\n" + plain.log);
        assertEquals(plain.generated, timed.generated, "the files relate writes, with and without TimedProcessors");

        Map<String, Long> figures = new HashMap<>();
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            String[] parts = line.split("=", 2);
            figures.put(parts[0], Long.parseLong(parts[1]));
        }
        for (String name : new String[] {"cpu-ns", "wall-ns", "init-cpu-ns", "init-wall-ns", "process-cpu-ns",
                "process-wall-ns"}) {
            assertTrue(figures.containsKey(name), "no " + name + " in " + figures);
            assertTrue(figures.get(name) >= 0, name + " is negative: " + figures);
        }
        assertEquals(figures.get("init-cpu-ns") + figures.get("process-cpu-ns"), figures.get("cpu-ns"), figures.toString());
        assertEquals(figures.get("init-wall-ns") + figures.get("process-wall-ns"), figures.get("wall-ns"), figures.toString());
        assertTrue(figures.get("cpu-ns") > 0, "relate did something: " + figures);
        // a processing round that writes files, the round that compiles them, and the final round
        assertTrue(figures.getOrDefault("rounds", 0L) >= 2, figures.toString());
    }

    @Test
    void withoutAFileItPrintsANoteThatWerrorLetsThrough(@TempDir Path dir) throws IOException {
        Compilation timed = compile(dir, new TimedProcessors(), "-Werror", "-Xlint:all");
        assertTrue(timed.succeeded, timed.log);
        assertTrue(timed.notes.stream().anyMatch(note -> note.startsWith("TimedProcessors: relate's init and process took")),
                timed.log);
    }

    private static final class Compilation {
        boolean succeeded;
        String log;
        List<String> notes = new ArrayList<>();
        Map<String, String> generated = new TreeMap<>();
    }

    /** Compiles the model with the given processor, or with the processors found on the processor path. */
    private static Compilation compile(Path dir, Processor processor, String... options) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("generated"));
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString(), "-s", generated.toString()));
        if (processor == null) {
            // found through META-INF/services on the processor path: javac 25 runs none found on the class path only
            arguments.addAll(List.of("-processorpath", System.getProperty("java.class.path")));
        }
        arguments.addAll(List.of(options));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter out = new StringWriter();
        JavaCompiler.CompilationTask task = javac.getTask(out, null, diagnostics, arguments, null,
                List.of(source("bench.Left", LEFT), source("bench.Right", RIGHT)));
        if (processor != null) {
            task.setProcessors(List.of(processor));
        }
        Compilation compilation = new Compilation();
        compilation.succeeded = task.call();
        StringBuilder log = new StringBuilder(out.toString());
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            log.append(diagnostic.getKind()).append(": ").append(diagnostic.getMessage(null)).append('\n');
            if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
                compilation.notes.add(diagnostic.getMessage(null));
            }
        }
        compilation.log = log.toString();
        try (Stream<Path> files = Files.walk(generated)) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                compilation.generated.put(generated.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return compilation;
    }

    private static JavaFileObject source(String name, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + name.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}

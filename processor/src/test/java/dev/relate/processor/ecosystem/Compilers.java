package dev.relate.processor.ecosystem;

import com.palantir.javapoet.JavaFile;
import dev.relate.OneToManyRel;
import dev.relate.processor.RelateProcessor;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;

/**
 * Runs javac and the Eclipse compiler (ecj) the way a build tool does: sources and output in
 * directories, relate's annotations on the class path, relate's processor on the processor path.
 */
public final class Compilers {
    private static final Pattern ECJ_PROBLEM = Pattern.compile("^(.+\\.java):(\\d+): (error|warning): (.*)$");
    /** A problem that ecj prints without a position: {@code 1. ERROR: message}. */
    private static final Pattern ECJ_PROBLEM_WITHOUT_POSITION = Pattern.compile("^\\d+\\. (ERROR|WARNING): (.*)$");

    /** What stands for the file and line of a problem reported without a position. */
    static final String NO_POSITION = "(no position)";

    private Compilers() {
    }

    /**
     * What a compilation gave.
     *
     * @param success whether it succeeded
     * @param problems every error and warning, as {@code File.java:line: kind: message}
     * @param output what the compiler printed
     * @param classes the class output directory
     * @param generated the generated sources' directory
     */
    public record Result(boolean success, List<String> problems, String output, Path classes, Path generated) {

        /** The errors whose message is one of relate's ({@code [Relate...]}). */
        public List<String> relateErrors() {
            return problems.stream().filter(problem -> problem.contains(": error: [Relate")).toList();
        }

        /** Every generated source, by path relative to the generated sources' directory. */
        public Map<String, String> generatedSources() {
            return sources(generated);
        }
    }

    /** The jar or directory holding relate's annotations and runtime. */
    static Path annotations() {
        return location(OneToManyRel.class);
    }

    /** relate's processor path, as a user's build gives it: the processor and its dependencies. */
    static List<Path> processorPath() {
        return List.of(location(RelateProcessor.class), location(JavaFile.class), annotations());
    }

    static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String joined(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    /** Every {@code .java} file under {@code root}, sorted. */
    public static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sources under {@code root}, by relative path with '/' separators, in path order. */
    static Map<String, String> sources(Path root) {
        Map<String, String> sources = new TreeMap<>();
        for (Path file : javaFiles(root)) {
            try {
                sources.put(root.relativize(file).toString().replace(File.separatorChar, '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    /** Compiles with the JDK's javac, relate's annotations on the class path. */
    static Result javac(Path work, List<Path> sources, List<String> options) {
        return javac(work, sources, options, List.of());
    }

    /** {@link #javac(Path, List, List)} with {@code more} on the class path after relate's annotations. */
    public static Result javac(Path work, List<Path> sources, List<String> options, List<Path> more) {
        List<Path> classpath = new ArrayList<>(List.of(annotations()));
        classpath.addAll(more);
        List<String> all = new ArrayList<>(List.of("-classpath", joined(classpath)));
        all.addAll(options);
        return javacWith(work, sources, all);
    }

    /**
     * Compiles with the JDK's javac; {@code options} put relate's annotations on the module path. The
     * class path is an empty directory, as under {@link #ecjOnModulePath}: left out, javac in this JVM
     * would take the JVM's own.
     */
    static Result javacOnModulePath(Path work, List<Path> sources, List<String> options) {
        List<String> all = new ArrayList<>(List.of("-classpath", directory(work.resolve("empty")).toString()));
        all.addAll(options);
        return javacWith(work, sources, all);
    }

    private static Result javacWith(Path work, List<Path> sources, List<String> options) {
        Path classes = directory(work.resolve("javac-classes"));
        Path generated = directory(work.resolve("javac-generated"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> all = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
                "-encoding", "UTF-8", "-Xlint:-options", "-processorpath", joined(processorPath())));
        all.addAll(options);
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            boolean success = javac.getTask(output, files, diagnostics, all, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR || diagnostic.getKind() == Diagnostic.Kind.WARNING
                        || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                    String file = diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()).toString();
                    String kind = diagnostic.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning";
                    problems.add(file + ":" + diagnostic.getLineNumber() + ": " + kind + ": "
                            + diagnostic.getMessage(Locale.ROOT));
                }
            }
            return new Result(success, problems, output.toString(), classes, generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles with the Eclipse compiler's batch compiler, in this JVM, relate's annotations on the class path. */
    public static Result ecj(Path work, List<Path> sources, List<String> options) {
        return ecj(work, sources, options, List.of());
    }

    /** {@link #ecj(Path, List, List)} with {@code more} on the class path after relate's annotations. */
    public static Result ecj(Path work, List<Path> sources, List<String> options, List<Path> more) {
        List<Path> classpath = new ArrayList<>(List.of(annotations()));
        classpath.addAll(more);
        List<String> all = new ArrayList<>(List.of("-classpath", joined(classpath)));
        all.addAll(options);
        return ecjWith(work, sources, all);
    }

    /**
     * JPA's API (jakarta.persistence), on the class path of the processor's tests, and so of the
     * compilations that wrote the golden files: with it there, generated code unwraps Hibernate proxies.
     */
    static Path jpa() {
        return location(jakarta.persistence.Entity.class);
    }

    /**
     * Compiles with the Eclipse compiler; {@code options} put relate's annotations on the module path.
     * The class path is an empty directory: left out, ecj in this JVM would take the JVM's own.
     */
    static Result ecjOnModulePath(Path work, List<Path> sources, List<String> options) {
        List<String> all = new ArrayList<>(List.of("-classpath", directory(work.resolve("empty")).toString()));
        all.addAll(options);
        return ecjWith(work, sources, all);
    }

    private static Result ecjWith(Path work, List<Path> sources, List<String> options) {
        Path classes = directory(work.resolve("ecj-classes"));
        Path generated = directory(work.resolve("ecj-generated"));
        List<String> all = new ArrayList<>(List.of("-Xemacs", "-d", classes.toString(), "-s", generated.toString(),
                "-encoding", "UTF-8", "-processorpath", joined(processorPath())));
        all.addAll(options);
        for (Path source : sources) {
            all.add(source.toString());
        }
        StringWriter output = new StringWriter();
        boolean success;
        try (PrintWriter out = new PrintWriter(output)) {
            success = BatchCompiler.compile(all.toArray(String[]::new), out, out, null);
        }
        List<String> problems = new ArrayList<>();
        for (String line : output.toString().split("\\R")) {
            Matcher matcher = ECJ_PROBLEM.matcher(line);
            Matcher unplaced = ECJ_PROBLEM_WITHOUT_POSITION.matcher(line);
            if (matcher.matches()) {
                problems.add(line);
            } else if (unplaced.matches()) {
                problems.add(NO_POSITION + ": " + unplaced.group(1).toLowerCase(Locale.ROOT) + ": " + unplaced.group(2));
            }
        }
        return new Result(success, problems, output.toString(), classes, generated);
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

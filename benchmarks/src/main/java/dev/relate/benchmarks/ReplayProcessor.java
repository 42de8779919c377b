package dev.relate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The compile-time benchmark's baseline for "any processor": it writes, in its first round, the
 * files that relate wrote for the same model (read from the directory in the option
 * {@value #DIRECTORY}), through javac's {@code Filer}, and does nothing else. javac then does for
 * these files what it does for relate's: a round that parses and enters them, the final round, the
 * filer's checks. So the time javac takes with this processor, less the time it takes for the same
 * sources without one, is what generating these files costs whatever a processor does to produce
 * them; what relate takes beyond this processor is relate's own work.
 */
public final class ReplayProcessor extends AbstractProcessor {
    /** The option naming the directory of the generated sources to write again. */
    public static final String DIRECTORY = "relate.replay";

    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Collections.singleton("dev.relate.*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Collections.singleton(DIRECTORY);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (written || round.processingOver()) {
            return true;
        }
        written = true;
        String directory = processingEnv.getOptions().get(DIRECTORY);
        if (directory == null) {
            error("give the directory of the sources to write with -A" + DIRECTORY + "=...");
            return true;
        }
        Path root = Paths.get(directory);
        try {
            for (Path file : sources(root)) {
                write(root, file);
            }
        } catch (IOException | UncheckedIOException e) {
            error("cannot replay the sources of " + root + ": " + e.getMessage());
        }
        return true;
    }

    private void error(String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "ReplayProcessor: " + message);
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    private void write(Path root, Path file) throws IOException {
        String relative = root.relativize(file).toString();
        String name = relative.substring(0, relative.length() - ".java".length())
                .replace(file.getFileSystem().getSeparator(), ".");
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
            writer.write(text);
        }
    }
}

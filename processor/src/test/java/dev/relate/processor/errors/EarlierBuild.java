package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * The output of a full build that a class compiled alone is compiled against, as an IDE or Gradle
 * does: every class file of a successful compilation, kept in a directory that leads the class path.
 */
final class EarlierBuild {
    private EarlierBuild() {
    }

    /**
     * Compiles the sources with the processors, as a full build does, keeps every class file in
     * {@code directory}, and gives the class path of the next compilation: that directory, then the
     * test's own class path.
     */
    static List<File> compile(Path directory, List<Processor> processors, JavaFileObject... sources)
            throws IOException {
        Compilation compilation = Compiler.javac().withProcessors(processors).compile(sources);
        assertWithMessage("%s", compilation.diagnostics()).that(compilation.status())
                .isEqualTo(Compilation.Status.SUCCESS);
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                Path target = directory.resolve(file.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
        List<File> classpath = new ArrayList<>();
        classpath.add(directory.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        return classpath;
    }
}

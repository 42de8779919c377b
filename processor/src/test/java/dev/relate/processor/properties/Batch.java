package dev.relate.processor.properties;

import dev.relate.processor.RelateClaims;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.relate.processor.TestProcessors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Many models compiled in one javac invocation with relate, each in packages of its own: what
 * javac reported, which helpers relate wrote, and the class files, to load.
 */
final class Batch {
    final List<Model> models;
    final Compilation compilation;
    final List<String> written;
    private final Map<String, byte[]> classes = new HashMap<>();

    private Batch(List<Model> models, Compilation compilation, List<String> written) {
        this.models = models;
        this.compilation = compilation;
        this.written = written;
        // compile-testing gives generated files only for a compilation that succeeded
        List<JavaFileObject> generated = compilation.status() == Compilation.Status.SUCCESS
                ? compilation.generatedFiles() : List.of();
        for (JavaFileObject file : generated) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String name = file.toUri().getPath();
                name = name.substring(name.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
                        name.length() - ".class".length());
                try (InputStream in = file.openInputStream()) {
                    classes.put(name.replace('/', '.'), in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * Compiles the models together. An exception out of javac or compile-testing (relate crashing
     * the compiler) is reported with the model that causes it, found by compiling each alone.
     */
    static Batch compile(List<Model> models, List<String> options) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (Model model : models) {
            sources.addAll(model.sources());
        }
        try {
            return compileSources(models, sources, options);
        } catch (RuntimeException | Error e) {
            if (models.size() > 1) {
                for (Model model : models) {
                    try {
                        compileSources(List.of(model), model.sources(), options);
                    } catch (RuntimeException | Error alone) {
                        throw new AssertionError("compiling crashed: " + alone + "\n" + model.report(), alone);
                    }
                }
            }
            throw new AssertionError("compiling crashed: " + e + "\n" + (models.size() == 1 ? models.get(0).report()
                    : "(no model crashes alone)"), e);
        }
    }

    private static Batch compileSources(List<Model> models, List<JavaFileObject> sources, List<String> options) {
        List<String> written = new ArrayList<>();
        Compilation compilation = Compiler.javac().withOptions(options)
                .withProcessors(TestProcessors.recording(written), new RelateClaims()).compile(sources);
        return new Batch(models, compilation, written);
    }

    /** The model that the diagnostic's file belongs to, or null (a generated file, or none). */
    Model modelOf(Diagnostic<? extends JavaFileObject> diagnostic) {
        if (diagnostic.getSource() == null) {
            return null;
        }
        String path = diagnostic.getSource().toUri().getPath();
        for (Model model : models) {
            if (model.owns(path)) {
                return model;
            }
        }
        return null;
    }

    static String path(Diagnostic<? extends JavaFileObject> diagnostic) {
        return diagnostic.getSource() == null ? "(no file)" : diagnostic.getSource().toUri().getPath();
    }

    static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        return diagnostic.getKind() + " " + path(diagnostic) + ":" + diagnostic.getLineNumber() + ": "
                + diagnostic.getMessage(Locale.ROOT);
    }

    /** A class loader for the class files of the batch, over the test's (which has relate's runtime). */
    ClassLoader loader() {
        return new ClassLoader(Batch.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }

    /** The text relate wrote for a generated class, for reports; empty when it wrote none. */
    String generatedSource(String qualifiedName) {
        String path = "/" + qualifiedName.replace('.', '/') + ".java";
        if (compilation.status() != Compilation.Status.SUCCESS) {
            return "";
        }
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            if (file.toUri().getPath().endsWith(path)) {
                try {
                    return file.getCharContent(true).toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return "";
    }
}

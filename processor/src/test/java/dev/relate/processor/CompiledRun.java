package dev.relate.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Runs what a compilation wrote: its classes in a loader of their own, then {@code name.run()}. */
public final class CompiledRun {
    private CompiledRun() {
    }

    /** Loads the classes {@code compilation} wrote and calls the static {@code run()} of class {@code name}. */
    public static Object run(Compilation compilation, String name) throws ReflectiveOperationException, IOException {
        Map<String, byte[]> classes = new HashMap<>();
        String root = "/" + name.substring(0, name.indexOf('.') + 1).replace('.', '/');
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String binary = path.substring(path.indexOf(root) + 1, path.length() - ".class".length())
                        .replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(binary, in.readAllBytes());
                }
            }
        }
        ClassLoader loader = new ClassLoader(CompiledRun.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String binary) throws ClassNotFoundException {
                byte[] bytes = classes.get(binary);
                if (bytes == null) {
                    throw new ClassNotFoundException(binary);
                }
                return defineClass(binary, bytes, 0, bytes.length);
            }
        };
        return loader.loadClass(name).getMethod("run").invoke(null);
    }
}

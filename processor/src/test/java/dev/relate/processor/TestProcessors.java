package dev.relate.processor;

import java.util.List;
import javax.annotation.processing.Processor;

/** Processors for tests in other packages. */
public final class TestProcessors {
    private TestProcessors() {
    }

    /**
     * A relate processor that adds the qualified name of every class it writes to {@code written}.
     * compile-testing hides generated files once a compilation fails, yet "no file for a class with
     * errors, its file for a valid class beside it" is exactly what a failing compilation must show.
     */
    public static RelateProcessor recording(List<String> written) {
        return new RelateProcessor(relations -> written.add(relations.name().canonicalName()));
    }

    /** Lombok's annotation processor, as javac finds it on the processor path. */
    public static Processor lombok() {
        try {
            return (Processor) Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

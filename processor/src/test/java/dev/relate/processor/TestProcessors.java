package dev.relate.processor;

import java.util.List;

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
}

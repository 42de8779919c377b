package dev.relate.processor.check;

import dev.relate.processor.read.Declaration;

/**
 * What one declaration declares, once its other end is found.
 *
 * @param declaration the annotation
 * @param end the annotated end
 * @param inverse the other end, or null for a one-way relationship
 */
record Link(Declaration declaration, ResolvedEnd end, ResolvedEnd inverse) {

    /** Whether the other end declares its own annotation naming this end back. */
    boolean isBackPopulates() {
        return !declaration.backPopulates().isEmpty();
    }
}

package dev.relate.processor.model;

/**
 * A relationship between two ends, or a one-way relationship with a single end.
 *
 * @param end one end
 * @param inverse the other end, or {@code null} for a one-way relationship
 */
public record Relationship(End end, End inverse) {

    public boolean isOneWay() {
        return inverse == null;
    }

    /** The same relationship seen from the other end. */
    public Relationship reversed() {
        if (inverse == null) {
            throw new IllegalStateException("a one-way relationship has no other end");
        }
        return new Relationship(inverse, end);
    }
}

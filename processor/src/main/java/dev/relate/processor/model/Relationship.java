package dev.relate.processor.model;

/**
 * A relationship between two ends, or a one-way relationship with a single end.
 *
 * @param end one end
 * @param inverse the other end, or {@code null} for a one-way relationship
 * @param acyclic whether it is a tree that refuses cycles (a self-referential one-to-many one of
 *     whose ends says {@code acyclic = true})
 * @param position for a one-to-many list end that keeps positions ({@code position = "rank"}), how
 *     generated code reaches the elements' position field; else {@code null}
 */
public record Relationship(End end, End inverse, boolean acyclic, Access position) {

    /** A relationship that may make cycles, as every one but a declared tree. */
    public Relationship(End end, End inverse) {
        this(end, inverse, false, null);
    }

    /** A relationship that keeps no positions. */
    public Relationship(End end, End inverse, boolean acyclic) {
        this(end, inverse, acyclic, null);
    }

    public boolean isOneWay() {
        return inverse == null;
    }

    /** The same relationship seen from the other end. */
    public Relationship reversed() {
        if (inverse == null) {
            throw new IllegalStateException("a one-way relationship has no other end");
        }
        return new Relationship(inverse, end, acyclic, position);
    }
}

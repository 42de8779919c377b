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
 * @param kind what it is, seen from {@code end}: what a one-way relationship's single end cannot say
 * @param table the association table of a many-to-many (its {@code secondary}, or JPA's join table),
 *     empty for one kept in memory only; null for the other kinds
 */
public record Relationship(End end, End inverse, boolean acyclic, Access position, Kind kind, String table) {

    /** A relationship that may make cycles, as every one but a declared tree. */
    public Relationship(End end, End inverse) {
        this(end, inverse, false);
    }

    /**
     * A relationship that keeps no positions, whose kind its ends say: both collections, a
     * many-to-many without a table.
     */
    public Relationship(End end, End inverse, boolean acyclic) {
        this(end, inverse, acyclic, null, Kind.of(end, inverse),
                Kind.of(end, inverse) == Kind.MANY_TO_MANY ? "" : null);
    }

    public boolean isOneWay() {
        return inverse == null;
    }

    /** The same relationship, its ends calling {@code endEvents} and {@code inverseEvents} when they change. */
    public Relationship withEvents(Events endEvents, Events inverseEvents) {
        return new Relationship(end.withEvents(endEvents), inverse == null ? null : inverse.withEvents(inverseEvents),
                acyclic, position, kind, table);
    }

    /** Whether a class declares a validator or a listener of either end. */
    public boolean hasEvents() {
        return !end.events().isEmpty() || inverse != null && !inverse.events().isEmpty();
    }

    /** The same relationship seen from the other end. */
    public Relationship reversed() {
        if (inverse == null) {
            throw new IllegalStateException("a one-way relationship has no other end");
        }
        return new Relationship(inverse, end, acyclic, position, kind.reversed(), table);
    }

    /** What a relationship is, seen from one end: {@code ONE_TO_MANY} from the collection of a one-to-many. */
    public enum Kind {
        ONE_TO_MANY,
        MANY_TO_ONE,
        ONE_TO_ONE,
        MANY_TO_MANY;

        /** The kind seen from the other end. */
        public Kind reversed() {
            return switch (this) {
                case ONE_TO_MANY -> MANY_TO_ONE;
                case MANY_TO_ONE -> ONE_TO_MANY;
                default -> this;
            };
        }

        /**
         * The kind the ends say, seen from {@code end}; a one-way end says one-to-many for a collection
         * and many-to-one for a scalar.
         */
        public static Kind of(End end, End inverse) {
            if (inverse == null) {
                return end.isCollection() ? ONE_TO_MANY : MANY_TO_ONE;
            }
            if (end.isCollection()) {
                return inverse.isCollection() ? MANY_TO_MANY : ONE_TO_MANY;
            }
            return inverse.isCollection() ? MANY_TO_ONE : ONE_TO_ONE;
        }
    }
}

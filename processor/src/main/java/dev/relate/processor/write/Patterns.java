package dev.relate.processor.write;

import dev.relate.processor.model.End;
import dev.relate.processor.model.Relationship;

/** Classifies relationships and words their behaviour for the generated Javadoc. */
final class Patterns {
    private Patterns() {
    }

    static Pattern of(Relationship relationship) {
        End end = relationship.end();
        End inverse = relationship.inverse();
        if (inverse == null) {
            return end.isCollection() ? Pattern.ONE_WAY_COLLECTION : Pattern.ONE_WAY_SCALAR;
        }
        if (end.isCollection()) {
            return inverse.isCollection() ? Pattern.MANY_TO_MANY : Pattern.ONE_TO_MANY;
        }
        return inverse.isCollection() ? Pattern.MANY_TO_ONE : Pattern.ONE_TO_ONE;
    }

    /** Whether the relationship's own end is a map end, keyed by an attribute of its elements. */
    static boolean isMap(Relationship relationship) {
        End end = relationship.end();
        return end.isCollection() && end.collection().key() != null;
    }

    /** Whether the other end of a two-way relationship is a map end. */
    static boolean isMapInverse(Relationship relationship) {
        return !relationship.isOneWay() && isMap(relationship.reversed());
    }

    /** A line for the class Javadoc. */
    static String describe(Relationship relationship) {
        String kind = kind(relationship);
        if (relationship.acyclic()) {
            kind += "; acyclic, a tree: a link that would make a cycle throws";
        }
        if (relationship.position() != null) {
            End list = relationship.end().isCollection() ? relationship.end() : relationship.inverse();
            kind += "; keeps {@code " + list.target().simpleName() + "." + relationship.position().field()
                    + "} equal to each element's index in {@code " + list.displayName() + "} (-1 in none)";
        }
        return kind;
    }

    private static String kind(Relationship relationship) {
        End inverse = relationship.inverse();
        return switch (of(relationship)) {
            case ONE_TO_MANY -> "one-to-many, the other end is {@code " + inverse.displayName() + "}"
                    + (isMap(relationship) ? "; a map keyed by {@code " + relationship.end().collection().key()
                            .display() + "}" : "");
            case MANY_TO_ONE -> "many-to-one, the other end is {@code " + inverse.displayName() + "}";
            case ONE_TO_ONE -> "one-to-one, the other end is {@code " + inverse.displayName() + "}";
            case MANY_TO_MANY -> "many-to-many, the other end is {@code " + inverse.displayName() + "}"
                    + (isMap(relationship) ? "; a map keyed by {@code " + relationship.end().collection().key()
                            .display() + "}" : "");
            case ONE_WAY_COLLECTION, ONE_WAY_SCALAR -> "one-way, to {@code "
                    + relationship.end().target().simpleName() + "}";
        };
    }

    /** What a change through a live view does beside changing the field. */
    static String keepsInSync(Relationship relationship) {
        return relationship.isOneWay()
                ? "holding each element once"
                : "kept in sync with {@code " + relationship.inverse().displayName() + "}";
    }

    /** The doc sentence of {@code addToX}, without its full stop. */
    static String onAdd(Relationship relationship, String element, String owner) {
        String field = "{@code " + owner + "." + relationship.end().field() + "}";
        if (of(relationship) == Pattern.MANY_TO_MANY) {
            return "Adds {@code " + element + "} to " + field + ", {@code " + owner + "} to {@code " + element
                    + "." + relationship.inverse().field() + "}";
        }
        return relationship.isOneWay() ? "Adds {@code " + element + "} to " + field
                : "Moves {@code " + element + "} to " + field + ", setting {@code " + element + "."
                        + relationship.inverse().field() + "}";
    }

    static String onRemove(Relationship relationship, String element, String owner) {
        if (of(relationship) == Pattern.MANY_TO_MANY) {
            return " and {@code " + owner + "} from {@code " + element + "." + relationship.inverse().field() + "}";
        }
        return relationship.isOneWay() ? ""
                : " and clears {@code " + element + "." + relationship.inverse().field() + "}";
    }

}

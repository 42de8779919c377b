package dev.relate.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * An association class: its objects link a left and a right object through two many-to-one ends.
 *
 * @param type the association class
 * @param left the left end, seen from the association ({@code Association.parent}, whose other end
 *     is {@code Parent.children})
 * @param right the right end, seen from the association
 * @param creatable whether generated code can create an association with a constructor without
 *     parameters
 */
public record AssociationClass(ClassName type, Relationship left, Relationship right, boolean creatable) {

    /** The left class. */
    public ClassName leftType() {
        return left.end().target();
    }

    /** The right class. */
    public ClassName rightType() {
        return right.end().target();
    }

    /**
     * How a generated class takes part in an association.
     */
    public enum Role {
        /** The association class itself: link, find and unlink. */
        ASSOCIATION,
        /** The left class: the view of the right objects through its associations. */
        LEFT,
        /** The right class: the view of the left objects. */
        RIGHT
    }

    /**
     * An association as one generated class sees it.
     *
     * @param association the association
     * @param role what the class is to it
     */
    public record Part(AssociationClass association, Role role) {
    }
}

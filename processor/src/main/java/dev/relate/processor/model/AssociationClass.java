package dev.relate.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * An association class: its objects link a left and a right object through two many-to-one ends.
 *
 * @param type the association class
 * @param left the left end, seen from the association ({@code Association.parent}, whose other end
 *     is {@code Parent.children})
 * @param right the right end, seen from the association
 * @param creation whether generated code can create an association with a constructor without
 *     parameters, and if not, why
 * @param unique whether a pair is linked by at most one association: each of the two collections of
 *     associations refuses a second one
 * @param table the table it names ({@code @AssociationObject(table = ...)}), empty when none
 * @param extras its extra data: its instance fields that are not relationship ends, in field order
 */
public record AssociationClass(ClassName type, Relationship left, Relationship right, Creation creation,
        boolean unique, String table, List<Extra> extras) {

    /** An association class without a table, whose extra data nothing here needs. */
    public AssociationClass(ClassName type, Relationship left, Relationship right, Creation creation,
            boolean unique) {
        this(type, left, right, creation, unique, "", List.of());
    }

    /** The same association class, linking through {@code left} and {@code right}. */
    public AssociationClass withRelationships(Relationship left, Relationship right) {
        return new AssociationClass(type, left, right, creation, unique, table, extras);
    }

    /** Whether generated code can create an association with a constructor without parameters. */
    public boolean creatable() {
        return creation == Creation.CONSTRUCTOR;
    }

    /** The left class. */
    public ClassName leftType() {
        return left.end().target();
    }

    /** The right class. */
    public ClassName rightType() {
        return right.end().target();
    }

    /**
     * A field of extra data.
     *
     * @param name the field's name
     * @param type its declared type
     */
    public record Extra(String name, TypeName type) {
    }

    /** How relate creates an association object for {@code link(left, right)}, or why it cannot. */
    public enum Creation {
        /** With a constructor without parameters that the generated code can call. */
        CONSTRUCTOR(null),
        /** Not at all: the class is abstract. */
        ABSTRACT("is abstract"),
        /** Not at all: an inner class, whose objects need an object of the class around it. */
        INNER("is an inner class, whose objects need an object of the class around it"),
        /** Not at all: no constructor without parameters that the generated code can call. */
        NO_CONSTRUCTOR("has no constructor without parameters that relate can call");

        private final String reason;

        Creation(String reason) {
            this.reason = reason;
        }

        /** Why relate cannot create the class, after its name: "is abstract"; null when it can. */
        public String reason() {
            return reason;
        }
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

package dev.relate.processor.read;

import dev.relate.processor.model.CollectionKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.element.TypeElement;

/** What a field's type makes of it as a relationship end. */
public sealed interface Shape permits Shape.Scalar, Shape.Many, Shape.Unfit {

    /** The class on the other side of a scalar or collection shape; an unfit shape has none. */
    default TypeElement target() {
        throw new IllegalArgumentException("an unfit shape has no target: " + this);
    }

    /** A field holding one object of a class. */
    record Scalar(DeclaredType type, TypeElement target) implements Shape {
    }

    /**
     * A collection field holding objects of a class, or a map holding them under keys.
     *
     * @param key the key type of a map ({@link CollectionKind#isMap()}), null for a collection
     */
    record Many(DeclaredType type, CollectionKind kind, TypeElement collectionClass, TypeElement target,
            TypeMirror key) implements Shape {

        public Many(DeclaredType type, CollectionKind kind, TypeElement collectionClass, TypeElement target) {
            this(type, kind, collectionClass, target, null);
        }

        /** Whether the field is a map. */
        public boolean isMap() {
            return kind.isMap();
        }
    }

    /**
     * A type that cannot be an end.
     *
     * @param problem what is wrong
     * @param typeText the type as written, for messages
     */
    record Unfit(Problem problem, String typeText) implements Shape {
    }

    /** Why a type cannot be an end. */
    enum Problem {
        /** A primitive or an array. */
        NOT_A_CLASS,
        /** A type variable, or a collection of them. */
        TYPE_VARIABLE,
        /** A collection without type arguments. */
        RAW_COLLECTION,
        /** A collection of {@code ? extends X}. */
        WILDCARD_COLLECTION,
        /** A collection type that is no List, Set or plain Collection, such as a Queue. */
        UNSUPPORTED_COLLECTION,
        /** A class with type arguments as the target. */
        GENERIC_TARGET,
        /** A type the compiler could not resolve (yet). */
        UNRESOLVED
    }
}

package dev.relate.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * The type of a collection end.
 *
 * @param kind the interface the end is viewed as
 * @param declared the field's declared type, {@code List<Child>} or {@code ArrayList<Child>}
 * @param creation what to instantiate when the field is null, {@code new ArrayList<>()} as a
 *     type and a diamond flag; {@code null} when relate cannot create it
 */
public record CollectionType(CollectionKind kind, TypeName declared, Creation creation) {

    /**
     * A class to instantiate with its no-argument constructor.
     *
     * @param type the raw class, {@code java.util.ArrayList}
     * @param diamond whether to write {@code <>} after it
     */
    public record Creation(TypeName type, boolean diamond) {
    }
}

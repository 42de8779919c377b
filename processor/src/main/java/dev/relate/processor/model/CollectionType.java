package dev.relate.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * The type of a collection end.
 *
 * @param kind the interface the end is viewed as
 * @param declared the field's declared type, {@code List<Child>} or {@code ArrayList<Child>}
 * @param creation what to instantiate when the field is null, {@code new ArrayList<>()} as a
 *     type and a diamond flag; {@code null} when relate cannot create it
 * @param key for a map, how each element's key is read; {@code null} for a collection
 */
public record CollectionType(CollectionKind kind, TypeName declared, Creation creation, MapKey key) {

    public CollectionType(CollectionKind kind, TypeName declared, Creation creation) {
        this(kind, declared, creation, null);
    }

    /**
     * The key of a map end: an attribute of the element.
     *
     * @param type the map's key type, {@code String}
     * @param access how generated code reads the attribute on an element
     * @param display the attribute as users write it, {@code Note.keyword}
     */
    public record MapKey(TypeName type, Access access, String display) {
    }

    /**
     * A class to instantiate with its no-argument constructor.
     *
     * @param type the raw class, {@code java.util.ArrayList}
     * @param diamond whether to write {@code <>} after it
     */
    public record Creation(TypeName type, boolean diamond) {
    }
}

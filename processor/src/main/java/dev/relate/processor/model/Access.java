package dev.relate.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * How generated code reads and writes one field: directly, through JavaBeans accessors, or through a
 * getter and setter {@code MethodHandle} that reach the private field itself (compiling for Java 9 or later).
 *
 * @param field the field's name
 * @param getter the getter's name, or {@code null} to read the field directly; unused when
 *     {@code handle} is given
 * @param setter the setter's name, or {@code null} to write the field directly; unused when
 *     {@code writable} is false or {@code handle} is given
 * @param writable whether generated code may write the field at all
 * @param handle the field's handle, or {@code null} where generated code names the field or calls
 *     its accessors
 */
public record Access(String field, String getter, String setter, boolean writable, Handle handle) {

    /**
     * A private field that generated code reaches through {@code MethodHandle}s, never through the
     * class's own accessors, so that those may call relate.
     *
     * @param holder the class whose objects generated code passes: one of exactly that class is used
     *     as it is, any other is first unwrapped if it is a proxy
     * @param declaring the class that declares the field, where the handle is looked up
     * @param name the field's name: two fields of one class and type have two handles
     * @param erasure the field's erased type, as the lookup takes it
     * @param type the field's type as a member of {@code holder}, which a read is cast to
     * @param unwrap whether an object may be a Hibernate proxy, and passes through
     *     {@code Proxies.unwrap} first: JPA is on the compile class path and {@code holder} is not
     *     final (a proxy is a subclass of its entity, made at run time)
     */
    public record Handle(ClassName holder, ClassName declaring, String name, TypeName erasure, TypeName type,
            boolean unwrap) {
    }

    public static Access direct(String field, boolean writable) {
        return new Access(field, null, null, writable, null);
    }

    public static Access accessors(String field, String getter, String setter) {
        return new Access(field, getter, setter, setter != null, null);
    }

    /**
     * A private field with accessors that generated code reaches through a handle instead.
     *
     * @param writable whether the field has a setter and is not final
     */
    public static Access handle(String field, String getter, String setter, boolean writable, Handle handle) {
        return new Access(field, getter, setter, writable, handle);
    }

    /** Whether generated code reads the field itself: by name or through its handle. */
    public boolean readsField() {
        return getter == null || handle != null;
    }

    /** Whether generated code writes the field itself: by name or through its handle. */
    public boolean writesField() {
        return setter == null || handle != null;
    }
}

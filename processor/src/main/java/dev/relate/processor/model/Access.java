package dev.relate.processor.model;

/**
 * How generated code reads and writes one field: directly, or through JavaBeans accessors.
 *
 * @param field the field's name
 * @param getter the getter's name, or {@code null} to read the field directly
 * @param setter the setter's name, or {@code null} to write the field directly; unused when
 *     {@code writable} is false
 * @param writable whether generated code may write the field at all
 */
public record Access(String field, String getter, String setter, boolean writable) {

    public static Access direct(String field, boolean writable) {
        return new Access(field, null, null, writable);
    }

    public static Access accessors(String field, String getter, String setter) {
        return new Access(field, getter, setter, setter != null);
    }

    public boolean readsField() {
        return getter == null;
    }

    public boolean writesField() {
        return setter == null;
    }
}

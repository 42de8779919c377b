package dev.relate.processor.read;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * What an annotation named {@code Column} (jakarta.persistence.Column, or any other) says of a field's
 * column, read as JPA reads it, without depending on JPA.
 *
 * @param mirror the annotation, for pointing errors at it
 * @param name its {@code name}, stripped; null when not given or empty
 * @param precision its {@code precision}, 0 when not given
 * @param scale its {@code scale}, 0 when not given
 * @param length its {@code length}, 0 when not given
 */
public record ColumnDeclaration(AnnotationMirror mirror, String name, int precision, int scale, int length) {

    /** The {@code @Column} of the element, read; null when it has none. */
    public static ColumnDeclaration on(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Column")) {
                AnnotationValue name = attribute(mirror, "name");
                String text = name != null && name.getValue() instanceof String s ? s.strip() : "";
                return new ColumnDeclaration(mirror, text.isEmpty() ? null : text, number(mirror, "precision"),
                        number(mirror, "scale"), number(mirror, "length"));
            }
        }
        return null;
    }

    /** The value of an attribute the user wrote, for pointing errors at it; null for a default. */
    public AnnotationValue value(String attribute) {
        return attribute(mirror, attribute);
    }

    private static int number(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = attribute(mirror, attribute);
        return value != null && value.getValue() instanceof Integer i ? i : 0;
    }

    private static AnnotationValue attribute(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }
}

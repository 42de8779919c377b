package dev.relate.processor.read;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An association class as declared, every attribute with its default resolved: what
 * {@code @AssociationObject} says, read once.
 *
 * @param type the association class
 * @param mirror the annotation, for pointing errors at it
 * @param left the field named as the left end, empty when not given
 * @param right the field named as the right end, empty when not given
 * @param table the association table's name, empty when not given
 * @param leftColumn the column of left ids ({@code left_id} unless given)
 * @param rightColumn the column of right ids ({@code right_id} unless given)
 * @param unique whether a pair is linked by at most one association ({@code unique = true})
 */
public record AssociationDeclaration(TypeElement type, AnnotationMirror mirror, String left, String right,
        String table, String leftColumn, String rightColumn, boolean unique) {

    /** Whether the class asks for a table: it gave {@code table}, even an empty one. */
    public boolean namesTable() {
        return !table.isEmpty() || value("table") != null;
    }

    /** The annotation value of the attribute, if the user wrote it; null when it is the default. */
    public AnnotationValue value(String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }
}

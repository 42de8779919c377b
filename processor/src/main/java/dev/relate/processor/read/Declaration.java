package dev.relate.processor.read;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A relationship annotation on a field, as written.
 *
 * @param field the annotated field
 * @param kind which annotation
 * @param mirror the annotation, for pointing errors at it
 * @param backPopulates the {@code backPopulates} value, empty when not given
 * @param backref the {@code backref} value, empty when not given
 * @param uselist the {@code uselist} value of {@code @OneToManyRel}, true elsewhere
 * @param table the association table of {@code @ManyToManyRel}, null elsewhere
 */
public record Declaration(
        VariableElement field, RelKind kind, AnnotationMirror mirror, String backPopulates, String backref,
        boolean uselist, Table table) {

    /**
     * The association table a {@code @ManyToManyRel} names.
     *
     * @param secondary the table's name as written
     * @param leftColumn the column of left ids
     * @param rightColumn the column of right ids
     */
    public record Table(String secondary, String leftColumn, String rightColumn) {
    }

    public TypeElement declaringType() {
        return (TypeElement) field.getEnclosingElement();
    }

    public String fieldName() {
        return field.getSimpleName().toString();
    }

    public boolean isOneWay() {
        return backPopulates.isEmpty() && backref.isEmpty();
    }

    /** The name of the other end's field: the backPopulates or backref value. */
    public String otherName() {
        return backPopulates.isEmpty() ? backref : backPopulates;
    }

    /** The annotation value of the attribute, if the user wrote it; null when it is the default. */
    public AnnotationValue value(String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The attribute naming the other end: {@code "backPopulates"} or {@code "backref"}. */
    public String otherAttribute() {
        return backPopulates.isEmpty() ? "backref" : "backPopulates";
    }
}

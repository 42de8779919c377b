package dev.relate.processor.check;

import dev.relate.processor.read.Shape;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * An end found while checking: a field, the class whose instances hold it, and its shape there.
 *
 * @param field the field, declared in {@code owner} or one of its superclasses
 * @param owner the class whose instances hold the end
 * @param shape the field's shape: {@link Shape.Scalar} or {@link Shape.Many}
 */
record ResolvedEnd(VariableElement field, TypeElement owner, Shape shape) {

    TypeElement target() {
        return shape.target();
    }

    boolean isCollection() {
        return shape instanceof Shape.Many;
    }
}

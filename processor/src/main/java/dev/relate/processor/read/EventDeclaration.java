package dev.relate.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * A method that {@code @Validates} or {@code @OnChange} declares as what relate calls when an end
 * of its class changes.
 *
 * @param method the annotated method
 * @param listener whether it is a listener ({@code @OnChange}); else a validator ({@code @Validates})
 * @param end the end it names, a field of the method's class
 * @param mirror the annotation, for errors
 * @param value the annotation's value, for errors about the name
 */
public record EventDeclaration(ExecutableElement method, boolean listener, String end, AnnotationMirror mirror,
        AnnotationValue value) {
}

package dev.relate.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Whether a class uses JPA's property access, where the provider reads and writes the persistent
 * state through the getters and setters: by an annotation named {@code Access} on the class (or a
 * superclass) whose value is {@code PROPERTY}, else by where the identifier is annotated, an
 * annotation named {@code Id} or {@code EmbeddedId} on a getter rather than a field (JPA's default
 * rule). Annotations are matched by simple name, whatever their package, as relate reads
 * {@code @Id} for its tables. An {@code @Access(PROPERTY)} on a single getter (JPA's mixed access)
 * makes that one property use property access, whatever the class uses ({@link #onAttribute}).
 */
public final class PropertyAccess {
    private PropertyAccess() {
    }

    /**
     * The sign of property access on {@code type} or a superclass: the class annotated
     * {@code @Access(PROPERTY)}, or the getter annotated {@code @Id}; null when the class uses field
     * access or is no entity.
     */
    public static Element of(TypeElement type) {
        for (TypeElement current : Members.hierarchy(type)) {
            for (AnnotationMirror annotation : current.getAnnotationMirrors()) {
                if (named(annotation, "Access")) {
                    String value = value(annotation);
                    if (value.endsWith("PROPERTY")) {
                        return current;
                    }
                    if (value.endsWith("FIELD")) {
                        return null;
                    }
                }
            }
        }
        for (TypeElement current : Members.hierarchy(type)) {
            for (Element member : current.getEnclosedElements()) {
                for (AnnotationMirror annotation : member.getAnnotationMirrors()) {
                    if (named(annotation, "Id") || named(annotation, "EmbeddedId")) {
                        return member.getKind() == ElementKind.METHOD ? member : null;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The getter named {@code getter} of {@code type} or a superclass annotated
     * {@code @Access(PROPERTY)}: JPA's mixed access, where the provider reads and writes that one
     * property through its getter and setter; null when there is none.
     */
    public static ExecutableElement onAttribute(TypeElement type, String getter) {
        for (TypeElement current : Members.hierarchy(type)) {
            for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
                if (method.getSimpleName().contentEquals(getter) && method.getParameters().isEmpty()
                        && method.getAnnotationMirrors().stream()
                                .anyMatch(a -> named(a, "Access") && value(a).endsWith("PROPERTY"))) {
                    return method;
                }
            }
        }
        return null;
    }

    private static boolean named(AnnotationMirror annotation, String name) {
        return annotation.getAnnotationType().asElement().getSimpleName().contentEquals(name);
    }

    private static String value(AnnotationMirror annotation) {
        for (var entry : annotation.getElementValues().entrySet()) {
            ExecutableElement attribute = entry.getKey();
            if (attribute.getSimpleName().contentEquals("value")) {
                AnnotationValue value = entry.getValue();
                return String.valueOf(value.getValue());
            }
        }
        return "";
    }
}
